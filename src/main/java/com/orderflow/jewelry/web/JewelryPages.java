package com.orderflow.jewelry.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.jewelry.JewelryFilter;
import com.orderflow.jewelry.JewelryKind;
import com.orderflow.jewelry.JewelryService;
import com.orderflow.jewelry.JewelryState;
import com.orderflow.jewelry.KarigarDesk;
import com.orderflow.jewelry.Metal;
import com.orderflow.jewelry.OrderManagerReport;
import com.orderflow.jewelry.PhotoStore;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The jewelry pages (J1–J9): the order box of every branch with the intake form, one order with its
 * stones, samples, photos, tag and bill, and the karigar desk with the karigar master. Pages only
 * show and forward; the services check roles and rules.
 */
@Controller
class JewelryPages {
    /** What a blank intake form starts with. */
    private static final Map<String, String> NEW_ORDER_FORM = Map.of("kind", "CUSTOM", "customerLanguage", "en",
            "metal", "GOLD", "purity", "22K");

    private final JewelryService jewelry;
    private final PhotoStore photos;
    private final KarigarDesk desk;
    private final OrderManagerReport reports;
    private final ShopClock clock;
    private final MessageSource messages;

    JewelryPages(JewelryService jewelry, PhotoStore photos, KarigarDesk desk, OrderManagerReport reports, ShopClock clock,
            MessageSource messages) {
        this.jewelry = jewelry;
        this.photos = photos;
        this.desk = desk;
        this.reports = reports;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/jewelry")
    String box(@RequestParam(required = false) String branch, @RequestParam(required = false) JewelryState state,
            @RequestParam(required = false) String karigar, @RequestParam(required = false) JewelryKind kind,
            CurrentUser user, Model model) {
        model.addAttribute("filter", new JewelryFilter(branch, state, karigar, kind));
        model.addAttribute("form", NEW_ORDER_FORM);
        showBox(model, user, new JewelryFilter(branch, state, karigar, kind));
        return "jewelry/box";
    }

    /**
     * Intake (J1, J9) with its photos; every broken rule is shown beside its field, in the reader's
     * language, and nothing is kept.
     */
    @PostMapping("/jewelry")
    String take(@RequestParam Map<String, String> form,
            @RequestParam(value = "photos", required = false) List<MultipartFile> files, CurrentUser user, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            var order = photos.takeWithPhotos(IntakeFormReader.read(form), uploads(files), user);
            return "redirect:/jewelry/" + order.number();
        } catch (InvalidInputException e) {
            List<FieldProblem> besideFields = e.problems().stream().map(p -> new FieldProblem(
                    IntakeFormReader.formField(p.field()), p.message(), p.key(), p.arguments())).toList();
            Map<String, String> errors = FieldProblem.byField(besideFields, messages, locale);
            model.addAttribute("errors", errors);
            model.addAttribute("otherErrors", errors.entrySet().stream()
                    .filter(error -> !IntakeFormReader.onTheForm(error.getKey())).toList());
            model.addAttribute("form", form);
            model.addAttribute("filter", JewelryFilter.ALL);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            showBox(model, user, JewelryFilter.ALL);
            return "jewelry/box";
        }
    }

    /**
     * Today's rate of a metal and purity. The fields arrive as text so that one that is not a number
     * (or not a metal) is named on the page like every other broken rule; nothing is saved then.
     */
    @PostMapping("/jewelry/rates")
    String rate(@RequestParam(defaultValue = "") String metal, @RequestParam(defaultValue = "") String purity,
            @RequestParam(defaultValue = "") String rupeesPerGram, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            jewelry.setRateAsTyped(clock.today(), metal, purity, rupeesPerGram, user);
            redirect.addFlashAttribute("flash", "jewelry.rateSaved");
            return "redirect:/jewelry";
        } catch (InvalidInputException e) {
            model.addAttribute("rateErrors", e.byField());
            model.addAttribute("form", NEW_ORDER_FORM);
            model.addAttribute("filter", JewelryFilter.ALL);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            showBox(model, user, JewelryFilter.ALL);
            return "jewelry/box";
        }
    }

    @GetMapping("/jewelry/{number}")
    String order(@PathVariable String number, CurrentUser user, Model model) {
        model.addAttribute("order", jewelry.get(number, user));
        return "jewelry/order";
    }

    @PostMapping("/jewelry/{number}/photos")
    String addPhotos(@PathVariable String number, @RequestParam(value = "photos", required = false) List<MultipartFile> files,
            CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            photos.add(number, uploads(files), user);
            return "redirect:/jewelry/" + number;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.byField());
            model.addAttribute("order", jewelry.get(number, user));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "jewelry/order";
        }
    }

    @PostMapping("/jewelry/{number}/samples/{sampleId}/returned")
    String sampleReturned(@PathVariable String number, @PathVariable long sampleId,
            @RequestParam(defaultValue = "") String note, CurrentUser user) {
        jewelry.returnSample(number, sampleId, note, user);
        return "redirect:/jewelry/" + number;
    }

    /** The piece's Code 128 tag (J6), for the tag printer. */
    @GetMapping(value = "/jewelry/{number}/tag.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> tag(@PathVariable String number, CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(jewelry.tagPng(number, user));
    }

    @GetMapping("/jewelry/{number}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable long photoId, CurrentUser user) {
        PhotoStore.Photo photo = photos.read(number, photoId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
    }

    @GetMapping("/jewelry/karigars")
    String karigars(CurrentUser user, Model model) {
        model.addAttribute("desk", desk.desk(user));
        model.addAttribute("karigarForm", new KarigarDesk.KarigarForm("", "", "", "", "", "", true));
        return "jewelry/karigars";
    }

    @PostMapping("/jewelry/karigars")
    String saveKarigar(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String skills, @RequestParam(defaultValue = "") String metals,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean active,
            CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KarigarDesk.KarigarForm form = new KarigarDesk.KarigarForm(id, name, skills, metals, phone, email, active);
        try {
            desk.save(form, user);
            redirect.addFlashAttribute("flash", "jewelry.karigarSaved");
            return "redirect:/jewelry/karigars";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.byField());
            model.addAttribute("karigarForm", form);
            model.addAttribute("desk", desk.desk(user));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "jewelry/karigars";
        }
    }

    private void showBox(Model model, CurrentUser user, JewelryFilter filter) {
        model.addAttribute("orders", jewelry.box(filter, user));
        model.addAttribute("branches", jewelry.branches());
        model.addAttribute("karigars", desk.karigars());
        model.addAttribute("states", JewelryState.values());
        model.addAttribute("metals", Metal.values());
        model.addAttribute("rates", jewelry.rates(clock.today()));
        model.addAttribute("today", clock.today());
        model.addAttribute("report", reports.latest(user).orElse(null));
        model.addAttribute("stoneRows", List.of(0, 1, 2));
        model.addAttribute("sampleRows", List.of(0, 1));
        model.addAttribute("mayKeepRates", jewelry.mayKeepMasters(user));
        model.addAttribute("mayTake", jewelry.mayTake(user));
    }

    private static List<PhotoStore.Upload> uploads(List<MultipartFile> files) {
        List<PhotoStore.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new PhotoStore.Upload(file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename(),
                        file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

}
