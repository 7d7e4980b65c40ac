package com.orderflow.inventory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.StockPermissions.Action;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * A product's names in Marathi and Hindi, which order entry searches and pages in those languages
 * show. Who may name products is who may add them (admins).
 */
@Service
public class ProductNames {
    private static final int MAX_LENGTH = 120;

    private final Catalogue catalogue;
    private final AuditLog audit;

    ProductNames(Catalogue catalogue, AuditLog audit) {
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Marathi and Hindi names of a product; a blank name leaves that language without one. */
    public record Names(String nameMr, String nameHi) {
    }

    @Transactional
    public void rename(String sku, Names names, CurrentUser user) {
        StockPermissions.check(user, Action.ADJUST);
        Product product = catalogue.product(sku, "sku");
        List<FieldProblem> problems = new ArrayList<>();
        if (names.nameMr() != null && names.nameMr().strip().length() > MAX_LENGTH) {
            problems.add(new FieldProblem("nameMr", "must be at most " + MAX_LENGTH + " characters"));
        }
        if (names.nameHi() != null && names.nameHi().strip().length() > MAX_LENGTH) {
            problems.add(new FieldProblem("nameHi", "must be at most " + MAX_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        product.nameInOtherLanguages(names.nameMr(), names.nameHi());
        audit.record(user.id(), "PRODUCT_NAMED", null, product.sku() + ": mr " + product.nameMr() + ", hi "
                + product.nameHi());
    }
}
