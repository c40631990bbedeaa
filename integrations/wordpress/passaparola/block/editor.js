// The block's editor: the settings in the sidebar, a summary in the post.
// The page itself is written by PHP (includes/block.php), so `save` is empty.
// Plain JavaScript on WordPress's globals: no build step.
(function (blocks, element, blockEditor, components, i18n) {
  const el = element.createElement;
  const __ = (text) => i18n.__(text, 'passaparola');
  const { InspectorControls, useBlockProps } = blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl } = components;

  const modes = () => [
    { value: 'program', label: __('Referral program ROI') },
    { value: 'gift_card', label: __('Gift-card campaign') },
    { value: 'vcp', label: __('Referral network (VCP)') },
  ];
  const languages = () => [
    { value: '', label: __("The page's language") },
    { value: 'it', label: 'Italiano' },
    { value: 'en', label: 'English' },
    { value: 'fi', label: 'Suomi' },
  ];

  blocks.registerBlockType('passaparola/calculator', {
    title: __('Referral calculator'),
    description: __('A Passaparola referral-marketing calculator: program ROI, gift-card campaign or VCP self-assessment.'),
    edit({ attributes, setAttributes }) {
      const set = (name) => (value) => setAttributes({ [name]: value });
      const mode = modes().find((m) => m.value === attributes.mode) ?? modes()[0];
      return el('div', useBlockProps(),
        el(InspectorControls, {},
          el(PanelBody, { title: __('Calculator') },
            el(SelectControl, { label: __('Calculator'), value: attributes.mode, options: modes(), onChange: set('mode') }),
            el(SelectControl, { label: __('Language'), value: attributes.lang, options: languages(), onChange: set('lang') }),
            el(TextControl, { label: __('Currency'), help: __('Three letters, e.g. EUR, CHF, USD.'), value: attributes.currency,
              maxLength: 3, onChange: (value) => setAttributes({ currency: value.toUpperCase() }) })),
          el(PanelBody, { title: __('Button under the results') },
            el(TextControl, { label: __('Button label'), value: attributes.ctaLabel, onChange: set('ctaLabel') }),
            el(TextControl, { label: __('Button address'), help: __('An https: page, or mailto: with the reader\'s figures and scenario link written in.'),
              value: attributes.ctaHref, onChange: set('ctaHref') }))),
        el(Placeholder, { icon: 'calculator', label: __('Referral calculator'), instructions: mode.label }));
    },
    save: () => null,
  });
}(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n));
