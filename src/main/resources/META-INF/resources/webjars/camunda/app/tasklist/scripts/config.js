/*
 * orderflow's Tasklist configuration (Camunda's own hook: app/tasklist/scripts/config.js; the app's
 * copy on the classpath stands in for the webjar's). The keyboard shortcuts are Tasklist's defaults.
 */
export default {
  // shows the order the shop's filters sort by (see the script) instead of "Created, newest first"
  customScripts: ['scripts/orderflow-sorting'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
