<?php
/**
 * Plugin Name:       Passaparola referral calculator
 * Description:       Referral-marketing calculators (program ROI, gift-card campaign, VCP self-assessment) for posts and pages: the [passaparola] shortcode and the "Referral calculator" block.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       passaparola
 *
 * @package Passaparola
 */

defined( 'ABSPATH' ) || exit;

define( 'PASSAPAROLA_VERSION', '{{version}}' );
define( 'PASSAPAROLA_FILE', __FILE__ );

require_once __DIR__ . '/includes/widget-script.php';
require_once __DIR__ . '/includes/calculator-markup.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
