<?php
/**
 * The editor script's dependencies (WordPress reads this beside editor.js;
 * the script is plain JavaScript, no build step).
 *
 * @package Passaparola
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '{{version}}',
);
