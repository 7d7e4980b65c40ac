package com.orderflow.customers;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import com.orderflow.inventory.ShopShelf;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.security.CurrentUser;

/**
 * The one place where the customer account meets the staff intake: a cart of
 * catalogue products becomes {@link NewOrder} and goes through {@link OrderService#create} with all
 * its rules, numbering, stock reservation and process. Prices and names are the catalogue's.
 */
@Component
public class OrderIntake {
    private final OrderService orders;

    OrderIntake(OrderService orders) {
        this.orders = orders;
    }

    /** A line as the catalogue prices it today. */
    public record PricedLine(ShopShelf.OnShelf product, int quantity) {
        /** The catalogue price times the quantity. */
        public BigDecimal total() {
            return product.price().multiply(BigDecimal.valueOf(quantity));
        }
    }

    public OrderView place(Channel channel, Cart cart, String phone, List<PricedLine> lines, CurrentUser by) {
        NewOrder order = new NewOrder(channel,
                new NewOrder.Customer(cart.name(), phone, cart.address(), cart.locality(), cart.pincode(),
                        cart.language(), cart.contactChannel()),
                cart.deliveryDate(),
                lines.stream().map(l -> new NewOrder.Line(l.product().sku(), l.product().name(), l.product().size(),
                        l.quantity(), l.product().price(), BigDecimal.ZERO)).toList(),
                cart.slot(), null);
        return orders.create(order, by);
    }
}
