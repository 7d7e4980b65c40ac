// orderflow's heatmap in Camunda Cockpit (Community Edition has none of its own): on a process
// definition's diagram each flow node is coloured by the time nine in ten of its runs took in the
// last 30 days and labelled "count · p90"; a "Time per step" tab lists the same figures. The figures
// come from orderflow's /api/reports/heatmap (computed on the server from the reports' roll-up over
// every version of the process), read with the Cockpit user's own session: admins and order
// managers see them, others get a 403 and nothing is drawn. One self-contained module: Cockpit
// imports it from scripts/config.js.
const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
const prefix = appRoot.replace(/\/camunda\/?$/, '');

const CSS = `
.djs-element.of-heat-1 .djs-visual > :first-child { fill: #fef3c7 !important; }
.djs-element.of-heat-2 .djs-visual > :first-child { fill: #fdba74 !important; }
.djs-element.of-heat-3 .djs-visual > :first-child { fill: #f87171 !important; }
.djs-element.of-heat-4 .djs-visual > :first-child { fill: #b91c1c !important; }
.orderflow-heat { background: #111827; color: #fff; font-size: 11px; line-height: 1.3; padding: 0 4px;
  border-radius: 7px; white-space: nowrap; font-family: sans-serif; }
.orderflow-heat-table td, .orderflow-heat-table th { padding: 2px 8px; }
.orderflow-heat-table td.num { text-align: right; }`;

function injectCss() {
  if (!document.getElementById('orderflow-heat-css')) {
    const style = document.createElement('style');
    style.id = 'orderflow-heat-css';
    style.textContent = CSS;
    document.head.appendChild(style);
  }
}

function minutes(ms) {
  if (ms === null || ms === undefined) {
    return '—';
  }
  const m = ms / 60000;
  return (m < 10 ? m.toFixed(1) : Math.round(m)) + ' min';
}

async function heat(processDefinitionId) {
  const response = await fetch(prefix + '/api/reports/heatmap?processDefinitionId=' + encodeURIComponent(processDefinitionId),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('orderflow heatmap: ' + response.status);
  }
  return response.json();
}

const overlay = {
  id: 'orderflow.heatmap.overlay',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 20,
  render(viewer, context) {
    injectCss();
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    heat(context.processDefinitionId).then(view => {
      view.nodes.forEach(node => {
        if (!registry.get(node.activityId)) {
          return;
        }
        canvas.addMarker(node.activityId, 'of-heat-' + node.heat);
        const badge = document.createElement('span');
        badge.className = 'orderflow-heat';
        badge.setAttribute('data-activity', node.activityId);
        badge.textContent = node.count + ' · p90 ' + (node.approximate ? '≈' : '') + minutes(node.p90Ms);
        badge.title = node.name + ': ' + node.count + ' in the last 30 days, average ' + minutes(node.averageMs);
        overlays.add(node.activityId, 'orderflow-heat', { position: { bottom: -2, left: 0 }, html: badge });
      });
    }).catch(error => console.warn(error));
  }
};

const tab = {
  id: 'orderflow.heatmap.tab',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: { label: 'Time per step' },
  render(node, context) {
    node.textContent = 'Loading…';
    heat(context.processDefinitionId).then(view => {
      const rows = view.nodes.slice().sort((a, b) => (b.p90Ms || 0) - (a.p90Ms || 0));
      const table = document.createElement('table');
      table.className = 'cam-table orderflow-heat-table';
      table.innerHTML = '<thead><tr><th>Step</th><th>Count</th><th>Average</th><th>p90</th></tr></thead>';
      const body = document.createElement('tbody');
      rows.forEach(row => {
        const tr = document.createElement('tr');
        [row.name, row.count, minutes(row.averageMs), (row.approximate ? '≈' : '') + minutes(row.p90Ms)].forEach((value, i) => {
          const td = document.createElement('td');
          td.textContent = String(value);
          if (i > 0) {
            td.className = 'num';
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      const note = document.createElement('p');
      note.textContent = 'Last 30 days, all versions. More on orderflow\'s reports page: ';
      const link = document.createElement('a');
      link.href = prefix + '/reports/heatmap?process=' + encodeURIComponent(view.processKey);
      link.textContent = 'Heatmap';
      note.appendChild(link);
      node.textContent = '';
      node.appendChild(note);
      node.appendChild(table);
    }).catch(error => {
      node.textContent = 'The heatmap is for admins and order managers (' + error.message + ').';
    });
  }
};

export default [overlay, tab];
