// Jest only: jest.web-preset.js maps the bare '@ant-design/icons' here. The package's CommonJS index
// requires all of its 849 icons (with their SVG definitions, thousands of modules) into every test
// file that imports one icon; here each icon is required when a component first reads it, as the
// web build's tree-shaking keeps only the icons used.
const ICONS = '@ant-design/icons/lib/icons/';

module.exports = new Proxy(
  {},
  {
    get(loaded, name) {
      if (name === '__esModule') return true;
      if (typeof name !== 'string') return undefined;
      if (!(name in loaded)) {
        loaded[name] = /(Outlined|Filled|TwoTone)$/.test(name)
          ? require(ICONS + name).default
          : require('@ant-design/icons/lib/index.js')[name];
      }
      return loaded[name];
    },
  },
);
