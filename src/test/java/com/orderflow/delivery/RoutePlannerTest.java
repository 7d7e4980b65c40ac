package com.orderflow.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The route a delivery boy rides: the shortest open path from the shop on small runs (checked
 * against trying every order), never longer than nearest neighbour on large ones, and the same
 * route every time for the same stops.
 */
class RoutePlannerTest {
    /** A shop in Dahisar East. */
    private static final GeoPoint SHOP = new GeoPoint(19.2545, 72.8630);
    private static final double SAME = 1e-6;

    @Test
    void haversineMeasuresMetresOnTheGround() {
        // one degree of latitude is 111.195 km on the mean Earth sphere
        assertEquals(111_195.08, new GeoPoint(19, 72.86).metresTo(new GeoPoint(20, 72.86)), 0.01);
        assertEquals(0.0, SHOP.metresTo(SHOP), SAME);
        GeoPoint borivaliStation = new GeoPoint(19.2291, 72.8573);
        assertEquals(SHOP.metresTo(borivaliStation), borivaliStation.metresTo(SHOP), SAME);
        assertEquals(2_890, SHOP.metresTo(borivaliStation), 50);
    }

    @Test
    void stopsOnOneRoadAreRiddenOutwardsWithoutComingBack() {
        // due east of the shop at 3 km, 1 km and 2 km: the open path goes 1, 2, 3 and ends there
        List<GeoPoint> stops = List.of(east(3000), east(1000), east(2000));
        RoutePlanner.Route route = RoutePlanner.plan(SHOP, stops);
        assertEquals(List.of(1, 2, 0), route.visits());
        assertEquals(3000, route.totalMetres(), 1);
        assertEquals(1000, route.legMetres().get(0), 1);
    }

    @ParameterizedTest(name = "{0} stop(s)")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void upToEightStopsTheRouteIsAsShortAsTheBestOfEveryOrder(int stops) {
        Random random = new Random(4000 + stops);
        for (int trial = 0; trial < 25; trial++) {
            List<GeoPoint> points = randomPoints(random, stops, 6000);
            RoutePlanner.Route route = RoutePlanner.plan(SHOP, points);
            assertVisitsEachOnce(route, stops);
            assertEquals(bruteForceShortest(points), route.totalMetres(), SAME,
                    "trial " + trial + " with " + stops + " stops");
            assertEquals(pathLength(points, route.visits()), route.totalMetres(), SAME, "legs add up to the path");
        }
    }

    @Test
    void theExactSearchBeatsNearestNeighbourWhereGreedinessStrandsAStop() {
        // nearest neighbour rides east to 1 km and 2.1 km, crosses back to the stop 1.05 km west,
        // then all the way out to 10 km; going west first saves 4.2 km
        List<GeoPoint> stops = List.of(east(1000), east(2100), east(-1050), east(10_000));
        RoutePlanner.Route greedy = RoutePlanner.nearestNeighbour(SHOP, stops);
        RoutePlanner.Route planned = RoutePlanner.plan(SHOP, stops);
        assertEquals(List.of(0, 1, 2, 3), greedy.visits());
        assertEquals(1000 + 1100 + 3150 + 11_050, greedy.totalMetres(), 2);
        assertEquals(List.of(2, 0, 1, 3), planned.visits());
        assertEquals(1050 + 2050 + 1100 + 7900, planned.totalMetres(), 2);
    }

    @ParameterizedTest(name = "{0} stops")
    @ValueSource(ints = {9, 10, 12, 15, 20, 30, 45, 60})
    void largerRunsAreNeverLongerThanNearestNeighbour(int stops) {
        Random random = new Random(7000 + stops);
        int strictlyShorter = 0;
        for (int trial = 0; trial < 20; trial++) {
            List<GeoPoint> points = randomPoints(random, stops, 8000);
            RoutePlanner.Route route = RoutePlanner.plan(SHOP, points);
            assertVisitsEachOnce(route, stops);
            double greedy = RoutePlanner.nearestNeighbour(SHOP, points).totalMetres();
            assertTrue(route.totalMetres() <= greedy + SAME,
                    "trial " + trial + ": " + route.totalMetres() + " m is longer than nearest neighbour's " + greedy);
            if (route.totalMetres() < greedy - 1) {
                strictlyShorter++;
            }
        }
        assertTrue(strictlyShorter > 0, "2-opt should shorten some nearest-neighbour routes of " + stops + " stops");
    }

    @Test
    void nineStopsComeCloseToTheOptimum() {
        Random random = new Random(99);
        for (int trial = 0; trial < 5; trial++) {
            List<GeoPoint> points = randomPoints(random, 9, 5000);
            double optimum = bruteForceShortest(points);
            double planned = RoutePlanner.plan(SHOP, points).totalMetres();
            assertTrue(planned >= optimum - SAME, "nothing is shorter than the optimum");
            assertTrue(planned <= optimum * 1.25, "trial " + trial + ": " + planned + " m against " + optimum);
        }
    }

    @Test
    void theSameStopsGiveTheSameRouteAndStopsAtOnePointKeepTheirOrder() {
        GeoPoint sameBuilding = east(1500);
        List<GeoPoint> small = List.of(east(3000), sameBuilding, sameBuilding, east(500));
        assertEquals(List.of(3, 1, 2, 0), RoutePlanner.plan(SHOP, small).visits());
        Random random = new Random(5);
        List<GeoPoint> large = new ArrayList<>(randomPoints(random, 14, 6000));
        large.add(large.get(3));
        large.add(large.get(3));
        RoutePlanner.Route first = RoutePlanner.plan(SHOP, large);
        for (int i = 0; i < 3; i++) {
            assertEquals(first, RoutePlanner.plan(SHOP, large));
        }
        List<Integer> visits = first.visits();
        assertTrue(visits.indexOf(3) < visits.indexOf(14) && visits.indexOf(14) < visits.indexOf(15),
                "stops at one point are visited in their given order: " + visits);
    }

    @Test
    void noStopsIsAnEmptyRoute() {
        assertEquals(0, RoutePlanner.plan(SHOP, List.of()).visits().size());
        assertEquals(0.0, RoutePlanner.plan(SHOP, List.of()).totalMetres());
    }

    private static GeoPoint east(double metres) {
        double degrees = metres / (GeoPoint.EARTH_RADIUS_METRES * Math.cos(Math.toRadians(SHOP.latitude())))
                * 180 / Math.PI;
        return new GeoPoint(SHOP.latitude(), SHOP.longitude() + degrees);
    }

    private static List<GeoPoint> randomPoints(Random random, int count, double spreadMetres) {
        double spreadDegrees = spreadMetres / 111_000.0;
        return IntStream.range(0, count).mapToObj(i -> new GeoPoint(
                SHOP.latitude() + (random.nextDouble() * 2 - 1) * spreadDegrees,
                SHOP.longitude() + (random.nextDouble() * 2 - 1) * spreadDegrees)).toList();
    }

    private static void assertVisitsEachOnce(RoutePlanner.Route route, int stops) {
        assertEquals(stops, route.visits().size());
        assertEquals(stops, new HashSet<>(route.visits()).size());
        assertEquals(stops, route.legMetres().size());
    }

    private static double pathLength(List<GeoPoint> points, List<Integer> visits) {
        double length = 0;
        GeoPoint at = SHOP;
        for (int stop : visits) {
            length += at.metresTo(points.get(stop));
            at = points.get(stop);
        }
        return length;
    }

    /** Every permutation, no cleverness: the reference the planner is checked against. */
    private static double bruteForceShortest(List<GeoPoint> points) {
        List<Integer> indices = new ArrayList<>(IntStream.range(0, points.size()).boxed().toList());
        double[] best = {Double.POSITIVE_INFINITY};
        permute(indices, 0, order -> best[0] = Math.min(best[0], pathLength(points, order)));
        return best[0];
    }

    private static void permute(List<Integer> items, int from, java.util.function.Consumer<List<Integer>> visit) {
        if (from == items.size()) {
            visit.accept(items);
            return;
        }
        for (int i = from; i < items.size(); i++) {
            java.util.Collections.swap(items, from, i);
            permute(items, from + 1, visit);
            java.util.Collections.swap(items, from, i);
        }
    }
}
