// Progressive extras only: the page is complete without this file.
(function () {
  var units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60]];
  function relative(date) {
    var seconds = (Date.now() - date.getTime()) / 1000;
    for (var i = 0; i < units.length; i++) {
      var count = Math.floor(seconds / units[i][1]);
      if (count >= 1) return count + " " + units[i][0] + (count === 1 ? "" : "s") + " ago";
    }
    return "just now";
  }
  // A page served from a cache carries the time it was rendered: recompute.
  document.querySelectorAll("time[data-relative]").forEach(function (el) {
    var date = new Date(el.getAttribute("datetime"));
    if (!isNaN(date)) el.textContent = relative(date);
  });
  document.querySelectorAll("a[data-copy]").forEach(function (link) {
    if (!navigator.clipboard) return;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(function () { link.textContent = "Link copied"; });
    });
  });
  // Serialized stories: remember the last episode read, offer it on the series page.
  try {
    var store = window.localStorage, reading = document.querySelector("[data-series][data-episode]");
    if (reading) store.setItem("series-" + reading.dataset.series, JSON.stringify({n: reading.dataset.episode, url: reading.dataset.episodeUrl}));
    var offer = document.querySelector("[data-continue-series]");
    var last = offer && JSON.parse(store.getItem("series-" + offer.dataset.continueSeries) || "null");
    if (last) {
      offer.querySelector("a").href = last.url;
      offer.querySelector("span").textContent = last.n;
      offer.hidden = false;
    }
  } catch (e) { /* storage blocked: the plain episode links still work */ }
})();
