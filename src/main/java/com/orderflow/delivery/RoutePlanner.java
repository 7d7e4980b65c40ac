package com.orderflow.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order in which a delivery boy rides to a run's stops (K5): an open path that starts at the
 * shop and ends at the last stop (he does not have to come back for the route to be good). Up to
 * {@link #EXACT_UP_TO} stops the shortest path is found exactly (a pruned search of every order);
 * above that, nearest neighbour improved by 2-opt until no reversal shortens it, which is
 * never longer than nearest neighbour alone. No library was worth a dependency for this: the
 * well-known ones (jsprit, OR-Tools) solve vehicle routing with capacities and time windows, and a
 * run is a handful of stops in one zone.
 * <p>
 * Deterministic: the same points in the same order give the same route. Among equally short
 * routes the one that comes first in index order wins, so callers that sort stops (by order
 * number) get stable routes when two stops share a point.
 */
final class RoutePlanner {
    static final int EXACT_UP_TO = 8;
    /** Shorter by less than this is not shorter: it keeps floating-point noise from deciding. */
    private static final double EPSILON_METRES = 1e-6;

    /**
     * @param visits    indices into the stops, in riding order
     * @param legMetres metres of each leg: from the shop to the first stop, then from stop to stop
     */
    record Route(List<Integer> visits, List<Double> legMetres) {
        double totalMetres() {
            return legMetres.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private RoutePlanner() {
    }

    static Route plan(GeoPoint shop, List<GeoPoint> stops) {
        int n = stops.size();
        if (n == 0) {
            return new Route(List.of(), List.of());
        }
        double[][] d = distances(shop, stops);
        int[] order = n <= EXACT_UP_TO ? exact(d, n) : twoOpt(d, nearestNeighbour(d, n));
        return route(d, order);
    }

    /** Nearest neighbour alone, from the shop; ties go to the lower index. The benchmark of {@link #plan}. */
    static Route nearestNeighbour(GeoPoint shop, List<GeoPoint> stops) {
        if (stops.isEmpty()) {
            return new Route(List.of(), List.of());
        }
        double[][] d = distances(shop, stops);
        return route(d, nearestNeighbour(d, stops.size()));
    }

    /** Node 0 is the shop, node i + 1 is stop i. */
    private static double[][] distances(GeoPoint shop, List<GeoPoint> stops) {
        List<GeoPoint> nodes = new ArrayList<>(stops.size() + 1);
        nodes.add(shop);
        nodes.addAll(stops);
        double[][] d = new double[nodes.size()][nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                d[i][j] = d[j][i] = nodes.get(i).metresTo(nodes.get(j));
            }
        }
        return d;
    }

    /**
     * Every order of the stops, depth first in index order, cutting a branch as soon as it is no
     * shorter than the best path so far (at most 8! = 40,320 paths, far fewer with the cut). A path
     * replaces the best only when strictly shorter, so among equally short paths the first in index
     * order wins.
     */
    private static int[] exact(double[][] d, int n) {
        Search search = new Search(d, n);
        search.extend(0, 0, 0.0);
        return search.best;
    }

    private static final class Search {
        private final double[][] d;
        private final int[] path;
        private final boolean[] used;
        private int[] best;
        private double bestLength = Double.POSITIVE_INFINITY;

        Search(double[][] d, int n) {
            this.d = d;
            this.path = new int[n];
            this.used = new boolean[n];
        }

        void extend(int depth, int atNode, double length) {
            if (length >= bestLength - EPSILON_METRES) {
                return;
            }
            if (depth == path.length) {
                best = path.clone();
                bestLength = length;
                return;
            }
            for (int k = 0; k < path.length; k++) {
                if (!used[k]) {
                    used[k] = true;
                    path[depth] = k;
                    extend(depth + 1, k + 1, length + d[atNode][k + 1]);
                    used[k] = false;
                }
            }
        }
    }

    private static int[] nearestNeighbour(double[][] d, int n) {
        int[] order = new int[n];
        boolean[] visited = new boolean[n];
        int at = -1;
        for (int position = 0; position < n; position++) {
            int nearest = -1;
            for (int k = 0; k < n; k++) {
                if (!visited[k] && (nearest < 0 || d[at + 1][k + 1] < d[at + 1][nearest + 1] - EPSILON_METRES)) {
                    nearest = k;
                }
            }
            visited[nearest] = true;
            order[position] = nearest;
            at = nearest;
        }
        return order;
    }

    /**
     * Reverses a stretch of the path wherever that shortens it, until no reversal does. On an open
     * path the last stop has no leg after it, so reversing a tail only changes one leg.
     */
    private static int[] twoOpt(double[][] d, int[] order) {
        int n = order.length;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    int a = i == 0 ? 0 : order[i - 1] + 1;
                    int b = order[i] + 1;
                    int c = order[j] + 1;
                    double before = d[a][b];
                    double after = d[a][c];
                    if (j < n - 1) {
                        int e = order[j + 1] + 1;
                        before += d[c][e];
                        after += d[b][e];
                    }
                    if (after < before - EPSILON_METRES) {
                        reverse(order, i, j);
                        improved = true;
                    }
                }
            }
        }
        return order;
    }

    private static void reverse(int[] order, int from, int to) {
        for (int i = from, j = to; i < j; i++, j--) {
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static Route route(double[][] d, int[] order) {
        List<Integer> visits = new ArrayList<>(order.length);
        List<Double> legs = new ArrayList<>(order.length);
        int at = 0;
        for (int stop : order) {
            visits.add(stop);
            legs.add(d[at][stop + 1]);
            at = stop + 1;
        }
        return new Route(Collections.unmodifiableList(visits), Collections.unmodifiableList(legs));
    }
}
