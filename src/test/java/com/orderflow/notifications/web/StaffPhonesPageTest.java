package com.orderflow.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.notifications.Staff;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The staff phones page (issue 12, everyday masters without JSON): the admin sees every login with
 * its number, sets one typed in any Indian format, removes one; a bad number is named beside the
 * field in the reader's language and nothing changes; every other role gets 403. The tests change
 * the numbers of packer, karigar and care only: ravi's and the order manager's belong to other tests.
 */
@OrderflowSpringTest
class StaffPhonesPageTest {
    private static final String PAGE = "/notifications/staff-phones";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AuditLog audit;

    private static MockHttpServletRequestBuilder as(String user, String role, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(user).roles(role));
    }

    private String phoneOf(String userId) {
        return staff.find(userId).map(Staff::phone).orElse(null);
    }

    @Test
    void theAdminSeesEveryLoginWithItsRolesAndNumberAndFindsThePageInTheNavigation() throws Exception {
        staff.setPhone("packer", "98200 11111", TestOrders.OWNER);

        String page = mvc.perform(as("owner", "admin", get(PAGE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/notifications/staff-phones\"", "data-user=\"owner\"", "data-user=\"biller\"",
                "data-user=\"ravi\"", "data-user=\"imran\"", "data-user=\"karigar\"", "+919820011111", "Packer");
        assertThat(page.substring(page.indexOf("data-user=\"packer\""), page.indexOf("data-user=\"ravi\"")))
                .as("packer's card: his number and the button to remove it")
                .contains("+919820011111", "Remove number", "action=\"/notifications/staff-phones/packer\"");
    }

    @Test
    void theAdminSavesANumberTypedInAnyIndianFormatAndItIsAudited() throws Exception {
        mvc.perform(as("owner", "admin", post(PAGE + "/karigar")).param("phone", "098200-77777"))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("saved", "karigar"));

        assertThat(phoneOf("karigar")).isEqualTo("+919820077777");
        assertThat(audit.latest("STAFF_PHONE_SET", 10)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("owner");
            assertThat(entry.details()).isEqualTo("karigar → +919820077777");
        });
        assertThat(mvc.perform(as("owner", "admin", get(PAGE)).flashAttr("saved", "karigar"))
                .andReturn().getResponse().getContentAsString()).contains("Number saved for karigar.");
    }

    @Test
    void aBadNumberIsNamedBesideItsFieldInTheReadersLanguageAndNothingIsSaved() throws Exception {
        staff.setPhone("karigar", "98200 22222", TestOrders.OWNER);

        String marathi = mvc.perform(as("owner", "admin", post(PAGE + "/karigar")).param("phone", "12345")
                        .param("lang", "mr"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String hindi = mvc.perform(as("owner", "admin", post(PAGE + "/karigar")).param("phone", "karigar@shop")
                        .param("lang", "hi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(marathi).contains("data-testid=\"e-phone\">योग्य फोन नंबर हवा, उदा. 98201 23456 किंवा +91 98201 23456",
                "value=\"12345\"", "aria-invalid=\"true\"");
        assertThat(marathi.split("data-testid=\"e-phone\"", -1)).as("only the refused person's field has an error")
                .hasSize(2);
        assertThat(hindi).contains("data-testid=\"e-phone\">यह ई-मेल पता है, फ़ोन नंबर नहीं");
        assertThat(phoneOf("karigar")).isEqualTo("+919820022222");
    }

    @Test
    void theAdminRemovesANumberOnceAndTheRemovalIsAudited() throws Exception {
        staff.setPhone("care", "98200 33333", TestOrders.OWNER);

        mvc.perform(as("owner", "admin", post(PAGE + "/care/remove")))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("removed", "care"));
        mvc.perform(as("owner", "admin", post(PAGE + "/care/remove")))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("hadNone", "care"));

        assertThat(phoneOf("care")).isNull();
        assertThat(audit.latest("STAFF_PHONE_REMOVED", 50))
                .filteredOn(entry -> entry.details().equals("care: +919820033333 removed")).hasSize(1)
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("owner"));
    }

    @Test
    void theApiRemovesANumberForTheAdminOnly() throws Exception {
        staff.setPhone("care", "98200 44444", TestOrders.OWNER);

        mvc.perform(delete("/api/notifications/staff-phones/care").with(httpBasic("biller", "biller123")))
                .andExpect(status().isForbidden());
        assertThat(phoneOf("care")).isEqualTo("+919820044444");
        mvc.perform(delete("/api/notifications/staff-phones/care").with(httpBasic("owner", "owner123")))
                .andExpect(status().isNoContent());
        assertThat(phoneOf("care")).isNull();
    }

    @Test
    void everyOtherRoleIsRefusedWith403AndChangesNothing() throws Exception {
        staff.setPhone("packer", "98200 55555", TestOrders.OWNER);

        for (String role : new String[] {"biller", "customer-care", "order-manager", "packer", "delivery"}) {
            mvc.perform(as("someone", role, get(PAGE))).andExpect(status().isForbidden());
            mvc.perform(as("someone", role, post(PAGE + "/packer")).param("phone", "98200 66666"))
                    .andExpect(status().isForbidden());
            mvc.perform(as("someone", role, post(PAGE + "/packer/remove"))).andExpect(status().isForbidden());
        }
        assertThat(phoneOf("packer")).isEqualTo("+919820055555");
        assertThat(mvc.perform(as("biller", "biller", get("/board"))).andReturn().getResponse().getContentAsString())
                .as("no link to a page they may not open").doesNotContain("/notifications/staff-phones");
    }

    @Test
    void aNumberForSomeoneWithoutALoginIsRefusedAs404() throws Exception {
        mvc.perform(as("owner", "admin", post(PAGE + "/nobody-here")).param("phone", "98200 77777"))
                .andExpect(status().isNotFound());
        assertThat(staff.find("nobody-here")).isEmpty();
    }
}
