package com.orderflow.customers;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A customer attaches one photo to a help question or to a later message (issue 16, F10): it is
 * kept as the app's own JPEG and shown to Customer Care on the ticket page and to that customer on
 * theirs; another customer gets 404 for it, also through a ticket of their own. A file that is no
 * picture, or too big, is refused in the customer's language naming the field, and neither the
 * ticket nor the message is saved.
 */
@OrderflowSpringTest
class TicketPhotoTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    DirectMessages outbox;
    @Autowired
    SignIn signIn;
    @Autowired
    OrderService orders;
    @Autowired
    HelpDesk helpDesk;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshLimits() {
        signIn.resetLimits();
    }

    @Test
    void aPhotoOnAQuestionIsShownToCustomerCareAndToItsCustomerOnly() throws Exception {
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 41001", "+919820041001");
        String number = orders.create(RatingsAndHelpTest.orderFor("98200 41001"), TestOrders.BILLER).number();

        mvc.perform(multipart("/my/help").file(photo(png(40, 30))).session(me).with(csrf())
                .param("orderNumber", number).param("message", "The box came crushed, see the photo"))
                .andExpect(status().is3xxRedirection());
        TicketView ticket = helpDesk.ticketsOf(number).get(0);
        Long photo = ticket.messages().get(0).photo();
        assertNotNull(photo, "the first message carries the photo");
        String mine = "/my/help/" + ticket.number() + "/photos/" + photo;

        mvc.perform(get("/my/help/{t}", ticket.number()).session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"" + mine + "\"")));
        byte[] shown = mvc.perform(get(mine).session(me)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(shown));
        assertEquals(List.of(40, 30), List.of(picture.getWidth(), picture.getHeight()), "the customer's picture, re-encoded");

        mvc.perform(get("/helpdesk/{t}", ticket.number()).with(httpBasic("care", "care123"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"/helpdesk/photos/" + photo + "\"")));
        byte[] staffSee = mvc.perform(get("/helpdesk/photos/{p}", photo).with(httpBasic("care", "care123")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertArrayEquals(shown, staffSee);
        mvc.perform(get("/helpdesk/photos/{p}", photo).with(httpBasic("packer", "packer123")))
                .andExpect(status().isForbidden());

        mvc.perform(multipart("/my/help/{t}", ticket.number()).file(photo(png(20, 50))).session(me).with(csrf())
                .param("message", "And the lid")).andExpect(status().is3xxRedirection());
        List<TicketView.Message> messages = helpDesk.ticketsOf(number).get(0).messages();
        assertEquals("And the lid", messages.get(messages.size() - 1).body());
        assertNotNull(messages.get(messages.size() - 1).photo(), "a later message carries its own photo");

        MockHttpSession other = CustomerAccess.signIn(mvc, outbox, "98200 41002", "+919820041002");
        String theirs = orders.create(RatingsAndHelpTest.orderFor("98200 41002"), TestOrders.BILLER).number();
        mvc.perform(multipart("/my/help").session(other).with(csrf()).param("orderNumber", theirs)
                .param("message", "Where is my order?")).andExpect(status().is3xxRedirection());
        String theirTicket = helpDesk.ticketsOf(theirs).get(0).number();
        assertNull(helpDesk.ticketsOf(theirs).get(0).messages().get(0).photo(), "no file chosen: no photo");
        mvc.perform(get(mine).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/my/help/{t}/photos/{p}", theirTicket, photo).session(other))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNoPictureOrTooBigIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 41003", "+919820041003");
        String number = orders.create(RatingsAndHelpTest.orderFor("98200 41003"), TestOrders.BILLER).number();
        int photosBefore = photos();

        mvc.perform(multipart("/my/help").file(photo("<html><script>alert(1)</script></html>".getBytes()))
                .session(me).with(csrf()).param("orderNumber", number).param("message", "See the file"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Photo: must be a JPEG, PNG or WebP picture")));
        byte[] tooBig = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 5 * 1024 * 1024 + 1);
        mvc.perform(multipart("/my/help").file(photo(tooBig)).session(me).with(csrf()).param("lang", "mr")
                .param("orderNumber", number).param("message", "See the file"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("फोटो: जास्तीत जास्त 5 MB हवा")));
        assertTrue(helpDesk.ticketsOf(number).isEmpty(), "no ticket opened");

        mvc.perform(multipart("/my/help").session(me).with(csrf()).param("lang", "en").param("orderNumber", number)
                .param("message", "A question first")).andExpect(status().is3xxRedirection());
        String ticket = helpDesk.ticketsOf(number).get(0).number();
        mvc.perform(multipart("/my/help/{t}", ticket).file(photo(tooBig)).session(me).with(csrf())
                .param("lang", "hi").param("message", "Now the photo"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("फ़ोटो: ज़्यादा से ज़्यादा 5 MB")));
        mvc.perform(multipart("/my/help/{t}", ticket).file(photo(jpegHeaderThenHtml())).session(me)
                .with(csrf()).param("lang", "en").param("message", "Now the photo"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Photo: is not a readable picture")));
        assertEquals(1, helpDesk.ticketsOf(number).get(0).messages().size(), "no message added");
        assertEquals(photosBefore, photos(), "no photo kept");
    }

    private int photos() {
        return jdbc.queryForObject("select count(*) from helpdesk_photo", Integer.class);
    }

    private static MockMultipartFile photo(byte[] bytes) {
        return new MockMultipartFile("photo", "photo.jpg", "image/jpeg", bytes);
    }

    /** A file that starts like a JPEG and goes on as a web page. */
    private static byte[] jpegHeaderThenHtml() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 4 + html.length);
        System.arraycopy(html, 0, bytes, 4, html.length);
        return bytes;
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, 0, Color.RED.getRGB());
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
