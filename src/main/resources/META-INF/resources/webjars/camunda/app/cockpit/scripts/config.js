// Cockpit's configuration (replaces the webapp's own config.js, which configures nothing). Cockpit
// loads each custom script with import() from /camunda/app/cockpit/<name>.js.
export default {
  // the reports' BPMN heatmap (issue 14): a diagram overlay and a "Time per step" tab on every
  // process definition, fed by orderflow's /api/reports/heatmap
  customScripts: ['scripts/orderflow-heatmap']
};
