package com.orderflow.inventory;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;

/**
 * The catalogue as a customer shops it (F8): every product with its price and how many packs the
 * counter holds that keep until a day (today's delivery, or an advance booking's date). Read-only;
 * orders still reserve and take stock through {@link OrderStockService}.
 */
@Service
public class ShopShelf {
    private static final String ON_SHELF = "SELECT p.sku, p.name, p.size_label, p.price, COALESCE(SUM(CASE WHEN "
            + "b.expiry_date >= ? THEN s.quantity ELSE 0 END), 0) AS available FROM product p "
            + "LEFT JOIN stock_balance s ON s.product_id = p.id AND s.pool = 'COUNTER' "
            + "LEFT JOIN stock_batch b ON b.id = s.batch_id ";
    private static final String GROUPED = " GROUP BY p.id, p.sku, p.name, p.size_label, p.price ORDER BY p.name, p.sku";

    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    ShopShelf(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A product on the shelf: its catalogue price and the counter packs that keep until the day asked.
     *
     * @param available packs in Counter stock not expired on that day (never advance-booked or returned stock)
     */
    public record OnShelf(String sku, String name, String size, BigDecimal price, int available) {
    }

    /** Every product, by name, with what is on the counter for delivery today. */
    @Transactional(readOnly = true)
    public List<OnShelf> today() {
        return jdbc.query(ON_SHELF + GROUPED, (rs, i) -> row(rs), Date.valueOf(clock.today()));
    }

    /** One product by SKU (any case) with what keeps until {@code day}; empty for a SKU the shop does not keep. */
    @Transactional(readOnly = true)
    public Optional<OnShelf> product(String sku, LocalDate day) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(ON_SHELF + "WHERE p.sku = ?" + GROUPED, (rs, i) -> row(rs), Date.valueOf(day),
                sku.strip().toUpperCase(Locale.ROOT)).stream().findFirst();
    }

    private static OnShelf row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OnShelf(rs.getString("sku"), rs.getString("name"), rs.getString("size_label"),
                rs.getBigDecimal("price"), rs.getInt("available"));
    }
}
