<?php
/**
 * The one place a calculator's markup is written, for the shortcode and the
 * block alike: a <referral-calculator> element with its attributes escaped.
 *
 * @package Passaparola
 */

defined( 'ABSPATH' ) || exit;

// The element's attributes a post may set (web/README.md), in this order.
const PASSAPAROLA_ATTRIBUTES = array( 'mode', 'modes', 'lang', 'currency', 'theme', 'accent', 'background', 'radius', 'font', 'share-url', 'cta-label', 'cta-href' );
// Those that hold an address: only the schemes the widget follows survive.
const PASSAPAROLA_ADDRESS_ATTRIBUTES = array( 'share-url', 'cta-href' );

/**
 * Element attribute → value (missing or empty ones are left out) → markup.
 * Enqueues the widget's script, so only pages with a calculator load it.
 *
 * @param array $settings Attribute name → value.
 * @return string
 */
function passaparola_calculator_markup( array $settings ) {
	wp_enqueue_script( PASSAPAROLA_SCRIPT );
	$attributes = '';
	foreach ( PASSAPAROLA_ATTRIBUTES as $name ) {
		$value = trim( (string) ( $settings[ $name ] ?? '' ) );
		if ( in_array( $name, PASSAPAROLA_ADDRESS_ATTRIBUTES, true ) ) {
			$value = esc_url_raw( $value, 'cta-href' === $name ? array( 'http', 'https', 'mailto' ) : array( 'http', 'https' ) );
		}
		if ( '' !== $value ) {
			$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
		}
	}
	return '<referral-calculator' . $attributes . '></referral-calculator>';
}
