<?php
/**
 * The dynamic block passaparola/calculator: saved posts keep only its
 * attributes, and the page is written here, by the shortcode's code, so a
 * post never goes stale when the plugin changes.
 *
 * @package Passaparola
 */

defined( 'ABSPATH' ) || exit;

// Block attribute → element attribute.
const PASSAPAROLA_BLOCK_ATTRIBUTES = array(
	'mode'     => 'mode',
	'lang'     => 'lang',
	'currency' => 'currency',
	'ctaLabel' => 'cta-label',
	'ctaHref'  => 'cta-href',
);

add_action(
	'init',
	function () {
		register_block_type(
			dirname( PASSAPAROLA_FILE ) . '/block',
			array(
				'render_callback' => function ( $attributes ) {
					$settings = array();
					foreach ( PASSAPAROLA_BLOCK_ATTRIBUTES as $block_name => $element_name ) {
						$settings[ $element_name ] = $attributes[ $block_name ] ?? '';
					}
					return '<div ' . get_block_wrapper_attributes() . '>' . passaparola_calculator_markup( $settings ) . '</div>';
				},
			)
		);
		// The sidebar's labels in the editor's language (languages/, written by the build from i18n/wordpress/).
		wp_set_script_translations( 'passaparola-calculator-editor-script', 'passaparola', dirname( PASSAPAROLA_FILE ) . '/languages' );
	}
);
