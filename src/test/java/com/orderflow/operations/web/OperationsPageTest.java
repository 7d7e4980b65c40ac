package com.orderflow.operations.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RuntimeService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.operations.process.OperationsProcesses;
import com.orderflow.support.OrderflowSpringTest;

/** The backups page and API: the admin's alone, in the reader's language, and Back up now starts a backup. */
@OrderflowSpringTest
class OperationsPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtime;

    @Test
    void theAdminSeesTheBackupsPageInMarathiAndBackUpNowStartsABackup() throws Exception {
        mvc.perform(get("/operations/backups").param("lang", "mr").with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("आता बॅकअप घ्या")))
                .andExpect(content().string(Matchers.containsString("सुसंगतता तपासणी")));
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(OperationsProcesses.BACKUP_KEY).count();
        mvc.perform(post("/operations/backups").with(csrf()).with(httpBasic("owner", "owner123")))
                .andExpect(redirectedUrl("/operations/backups"));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1,
                runtime.createProcessInstanceQuery().processDefinitionKey(OperationsProcesses.BACKUP_KEY).count(),
                "a backup process waits for the job executor");
        runtime.createProcessInstanceQuery().processDefinitionKey(OperationsProcesses.BACKUP_KEY).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "not run in this test"));
    }

    @Test
    void nobodyButAnAdminMaySeeOrMakeBackups() throws Exception {
        mvc.perform(get("/operations/backups").with(httpBasic("packer", "packer123"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/operations/backups").with(httpBasic("biller", "biller123")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only an admin may see and make backups"));
        mvc.perform(post("/api/operations/backups").with(httpBasic("care", "care123"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/operations/backups").with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.madeHere").value(true));
    }
}
