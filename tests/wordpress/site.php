<?php
/**
 * Installs the test site without a browser (WordPress's own installer),
 * activates the plugin and publishes the posts the Chromium test opens.
 * Prints {post name: permalink, editor: the block post's edit page}. The host
 * comes from WP_TEST_HOST, the admin's password from WP_ADMIN_PASSWORD.
 */
$_SERVER['HTTP_HOST'] = getenv( 'WP_TEST_HOST' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Passaparola test blog', 'admin', 'admin@example.org', false, '', getenv( 'WP_ADMIN_PASSWORD' ) );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, $installed->get_error_message() . "\n" );
	exit( 1 );
}
wp_set_current_user( 1 );
// The editor in Italian: the block's sidebar speaks the editor's language.
update_user_meta( 1, 'locale', 'it_IT' );
update_option( 'permalink_structure', '' );
$activated = activate_plugin( 'passaparola/passaparola.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$posts = array(
	'shortcode-it' => '<!-- wp:paragraph --><p>Quanto rende una campagna con buoni regalo?</p><!-- /wp:paragraph -->'
		. '<!-- wp:shortcode -->[passaparola mode="gift_card" lang="it" currency="EUR" cta-label="Parliamone" cta-href="mailto:consulente@example.org"]<!-- /wp:shortcode -->',
	'shortcode-en' => '<!-- wp:shortcode -->[passaparola modes="program gift_card vcp" lang="en" currency="GBP" theme="dark" share-url="https://blog.example.org/referrals/"]<!-- /wp:shortcode -->',
	'block-it'     => '<!-- wp:passaparola/calculator {"mode":"program","lang":"it","currency":"CHF","ctaLabel":"Prenota una consulenza","ctaHref":"https://example.org/consulenza"} /-->',
	'block-en'     => '<!-- wp:passaparola/calculator {"mode":"vcp","lang":"en"} /-->',
	'no-calculator' => '<!-- wp:paragraph --><p>A post without a calculator.</p><!-- /wp:paragraph -->',
);
$links   = array();
$editors = array();
foreach ( $posts as $name => $content ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $name,
			'post_name'    => $name,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => 1,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "$name: " . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$links[ $name ] = get_permalink( $id );
	$editors[ $name ] = admin_url( "post.php?post=$id&action=edit" );
}
$links['editor'] = $editors['block-it'];
echo wp_json_encode( $links ), "\n";
