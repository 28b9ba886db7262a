// Turns on notifications for this browser: only on the page that asks for them.
// The browser asks the reader; its subscription is posted with the topics ticked.
(function () {
  var form = document.getElementById("push-form");
  if (!form || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  var status = document.getElementById("push-status");
  document.getElementById("push-unsupported").hidden = true;
  form.querySelector("button[type=submit]").hidden = false;

  function bytes(base64url) {
    var text = atob(base64url.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((base64url.length + 3) % 4));
    var out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!form.querySelector("input[name=topic]:checked")) {
      status.textContent = "Choose at least one thing to follow.";
      return;
    }
    status.textContent = "Asking your browser…";
    navigator.serviceWorker.register("/push-worker.js", {scope: "/"})
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        return registration.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: bytes(form.dataset.key)});
      })
      .then(function (subscription) {
        var json = subscription.toJSON();
        form.elements.endpoint.value = json.endpoint;
        form.elements.p256dh.value = json.keys.p256dh;
        form.elements.auth.value = json.keys.auth;
        form.submit();
      })
      .catch(function (error) {
        status.textContent = Notification.permission === "denied"
          ? "Notifications are blocked for this site: allow them in your browser's settings, then try again."
          : "Your browser couldn't turn notifications on (" + error.message + ").";
      });
  });
})();
