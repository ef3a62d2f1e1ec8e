/**
 * The page's own CSS, injected with it (the lib ships no stylesheet, and the other pages must not
 * get these rules): a grid that goes from three columns on a 1920 screen to two at 1366 and one
 * on a phone (packed densely, so a one-column panel never sits beside an empty column), and an A4 landscape print layout — the monthly report a leader hands out — without
 * the menu, the header or the filter controls, each panel kept whole on a page.
 */
export const COCKPIT_CSS = `
.cockpit-grid { display: grid; gap: 16px; grid-template-columns: repeat(3, minmax(0, 1fr)); grid-auto-flow: row dense; }
.cockpit-grid > .cockpit-wide { grid-column: span 2; }
.cockpit-grid > .cockpit-full { grid-column: 1 / -1; }
.cockpit-stats { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
.cockpit-stat { display: block; color: inherit; border-radius: 6px; padding: 4px 8px; }
.cockpit-stat:hover, .cockpit-stat:focus-visible { background: rgba(22, 119, 255, 0.06); }
.cockpit-print-only { display: none; }
.cockpit-two { display: grid; gap: 16px; grid-template-columns: repeat(2, minmax(0, 1fr)); }
.cockpit-targets { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
@media (max-width: 1600px) {
  .cockpit-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .cockpit-grid > .cockpit-wide { grid-column: 1 / -1; }
}
@media (max-width: 820px) {
  .cockpit-grid { grid-template-columns: minmax(0, 1fr); }
  .cockpit-grid > .cockpit-wide, .cockpit-grid > .cockpit-full { grid-column: auto; }
  .cockpit-stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .cockpit-two { grid-template-columns: minmax(0, 1fr); }
  .cockpit-filters > * { width: 100% !important; }
  .cockpit-filters .ant-picker, .cockpit-filters .ant-select, .cockpit-filters .ant-cascader { width: 100% !important; }
}
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  .ant-layout-sider, .ant-layout-header, .cockpit-no-print, .cockpit-filters { display: none !important; }
  .ant-layout-content { margin: 0 !important; }
  .cockpit-print-only { display: block; }
  .cockpit-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .cockpit-grid > .cockpit-wide, .cockpit-grid > .cockpit-full { grid-column: 1 / -1; }
  .cockpit-panel { break-inside: avoid; page-break-inside: avoid; }
  .cockpit-stat { padding: 0; }
  .cockpit-targets { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6px; }
  .cockpit-target { break-inside: avoid; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
