package com.orderflow.helpdesk.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The help desk's API and pages: Customer Care opens a ticket for a caller and answers it; bad input
 * is a problem naming the field and nothing is saved; other roles are refused; the ticket page
 * shows the messages and takes an answer in the user's language.
 */
@OrderflowSpringTest
class HelpdeskWebTest {
    @Autowired
    MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode openTicket(String phone) throws Exception {
        String body = mvc.perform(post("/api/helpdesk/tickets").with(httpBasic("care", "care123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"Water purifier leaks\",\"message\":\"Called: it drips since Monday.\","
                                + "\"customerName\":\"Ravi\",\"customerPhone\":\"" + phone + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void customerCareOpensAndAnswersATicketByTheApi() throws Exception {
        JsonNode ticket = openTicket("+919811100001");
        String number = ticket.path("number").asText();
        org.junit.jupiter.api.Assertions.assertEquals("STAFF", ticket.path("source").asText());
        org.junit.jupiter.api.Assertions.assertEquals("care", ticket.path("messages").get(0).path("author").asText());

        mvc.perform(post("/api/helpdesk/tickets/" + number + "/reply").with(httpBasic("care", "care123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reply\":\"\",\"close\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reply"));
        mvc.perform(get("/api/helpdesk/tickets/" + number).with(httpBasic("care", "care123")))
                .andExpect(jsonPath("$.messages.length()").value(1)).andExpect(jsonPath("$.state").value("OPEN"));

        mvc.perform(post("/api/helpdesk/tickets/" + number + "/reply").with(httpBasic("care", "care123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reply\":\"A technician comes tomorrow.\",\"close\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.messages[1].mailState").value("NO_ADDRESS"));
    }

    @Test
    void aTicketWithoutAWayToAnswerIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/helpdesk/tickets").with(httpBasic("care", "care123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"x\",\"message\":\"help\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customer"));
    }

    @Test
    void aPackerMayNotWorkTickets() throws Exception {
        mvc.perform(get("/api/helpdesk/tickets").with(httpBasic("packer", "packer123"))).andExpect(status().isForbidden());
    }

    @Test
    void theTicketPageShowsTheMessagesAndTakesAnAnswerInTheUsersLanguage() throws Exception {
        String number = openTicket("+919811100002").path("number").asText();
        mvc.perform(get("/helpdesk").with(httpBasic("care", "care123"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/helpdesk/" + number).with(httpBasic("care", "care123"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("it drips since Monday")));

        mvc.perform(post("/helpdesk/" + number + "/reply").param("reply", " ").with(csrf())
                        .with(httpBasic("care", "care123")).cookie(new jakarta.servlet.http.Cookie("orderflow-lang", "mr")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("उत्तर लिहा")));
        mvc.perform(post("/helpdesk/" + number + "/reply").param("reply", "Sent a technician.").with(csrf())
                        .with(httpBasic("care", "care123")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/helpdesk/" + number).with(httpBasic("care", "care123")))
                .andExpect(content().string(containsString("Sent a technician.")));
    }
}
