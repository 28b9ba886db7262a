<?php
// Fills the peer WordPress with N posts of ~600 generated words over 9 categories (idempotent by count).
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';
$n = intval($argv[1] ?? 2000);
// Installed on another port earlier, WordPress would redirect every request to that one.
update_option('siteurl', $argv[2]); update_option('home', $argv[2]);
$have = wp_count_posts()->publish;
$cats = ['News', 'Lifestyle', 'Music', 'Lyrics', 'Sports', 'Technology', 'Health', 'Stories', 'Football'];
$ids = [];
foreach ($cats as $c) { $t = term_exists($c, 'category') ?: wp_insert_term($c, 'category'); $ids[] = (int)$t['term_id']; }
mt_srand(7);
$words = [];
for ($i = 0; $i < 3000; $i++) { $w = ''; $l = mt_rand(3, 10); for ($j = 0; $j < $l; $j++) $w .= chr(97 + mt_rand(0, 25)); $words[] = $w; }
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/'); // not update_option: flush below must see it
for ($i = $have; $i < $n; $i++) {
  $paras = [];
  for ($p = 0; $p < 8; $p++) { $s = []; for ($k = 0; $k < 75; $k++) $s[] = $words[mt_rand(0, 2999)]; $paras[] = '<!-- wp:paragraph --><p>' . implode(' ', $s) . '.</p><!-- /wp:paragraph -->'; }
  $t = []; for ($k = 0; $k < 7; $k++) $t[] = $words[mt_rand(0, 2999)];
  wp_insert_post(['post_title' => ucfirst(implode(' ', $t)), 'post_content' => implode("\n", $paras),
    'post_excerpt' => implode(' ', array_slice($t, 0, 5)), 'post_status' => 'publish',
    'post_date' => date('Y-m-d H:i:s', time() - $i * 3600 * 6), 'post_category' => [$ids[$i % 9]]]);
}
flush_rewrite_rules();
echo wp_count_posts()->publish . " posts\n";
