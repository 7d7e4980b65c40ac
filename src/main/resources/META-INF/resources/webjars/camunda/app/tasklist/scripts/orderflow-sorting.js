/*
 * The shop's Tasklist filters list the most urgent task first: by due date, then the oldest (the
 * order is in each filter's query: TasklistFilters). Tasklist itself starts every list on "Created,
 * newest first" and shows that above the list, although the filter's order comes first. Before
 * Tasklist starts, this puts the filters' own order in the address when none is chosen there, so
 * that what Tasklist shows above the list is the order the list is in.
 */
const MOST_URGENT_FIRST = JSON.stringify([
  { sortBy: 'dueDate', sortOrder: 'asc' },
  { sortBy: 'created', sortOrder: 'asc' }
]);

const hash = window.location.hash || '#/';
if (hash.indexOf('sorting=') < 0 && hash.indexOf('#/login') !== 0) {
  const separator = hash.indexOf('?') < 0 ? '?' : '&';
  const route = hash === '#' || hash === '' ? '#/' : hash;
  window.history.replaceState(null, '', route + separator + 'sorting=' + encodeURIComponent(MOST_URGENT_FIRST));
}
