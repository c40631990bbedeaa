<?php
/**
 * The widget's ES module, served from the plugin's own widget/ folder (the
 * npm package's files, copied in by the build): registered on every page,
 * printed only on those that render a calculator.
 *
 * @package Passaparola
 */

defined( 'ABSPATH' ) || exit;

const PASSAPAROLA_SCRIPT = 'passaparola-widget';

add_action(
	'init',
	function () {
		wp_register_script( PASSAPAROLA_SCRIPT, plugins_url( 'widget/referral-calculator.js', PASSAPAROLA_FILE ), array(), PASSAPAROLA_VERSION, true );
	}
);

// WordPress 6.1 has no script modules: the tag gets type="module", which the
// widget needs for import.meta.url (it finds its wasm and strings beside it).
add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( PASSAPAROLA_SCRIPT !== $handle ) {
			return $tag;
		}
		return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
	},
	10,
	3
);
