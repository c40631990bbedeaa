<?php
/**
 * [passaparola mode="gift_card" lang="it" currency="EUR" cta-label="…" cta-href="…"]
 * (also modes="program gift_card vcp", theme, share-url, accent, background,
 * radius, font): the element's own attribute names.
 *
 * @package Passaparola
 */

defined( 'ABSPATH' ) || exit;

add_shortcode(
	'passaparola',
	function ( $atts ) {
		$settings = shortcode_atts( array_fill_keys( PASSAPAROLA_ATTRIBUTES, '' ), (array) $atts, 'passaparola' );
		return passaparola_calculator_markup( $settings );
	}
);
