package com.orderflow.returns.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.returns.NewReturn;
import com.orderflow.returns.PackOutcome;
import com.orderflow.returns.ReturnService;
import com.orderflow.returns.ReturnView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The returns API (K9). Customer Care opens a return for a delivered order, as JSON or as a
 * multipart form with the JSON in part {@code return} and a {@code photo}; the decision and the
 * inspection are Tasklist tasks (or the return page for single packs).
 */
@RestController
@RequestMapping("/api/returns")
@Tag(name = "Returns")
class ReturnApi {
    private final ReturnService returns;

    ReturnApi(ReturnService returns) {
        this.returns = returns;
    }

    record InspectRequest(PackOutcome outcome) {
    }

    @Operation(summary = "Open returns (all=true: the latest 100, closed ones too)")
    @GetMapping
    List<ReturnView> list(@RequestParam(defaultValue = "false") boolean all, CurrentUser user) {
        return returns.list(all, user);
    }

    @Operation(summary = "One return: lines, packs and their inspection, suggestion, decision, refund or replacement")
    @GetMapping("/{number}")
    ReturnView get(@PathVariable String number, CurrentUser user) {
        return returns.get(number, user);
    }

    @Operation(summary = "Open a return for a delivered order (Customer Care, Admin)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReturnView> open(@RequestBody NewReturn request, CurrentUser user) {
        return created(returns.open(request, null, user));
    }

    @Operation(summary = "Open a return with a photo: part 'return' (JSON) and part 'photo' (JPEG, PNG or WebP)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReturnView> openWithPhoto(@RequestPart("return") NewReturn request,
            @RequestPart(value = "photo", required = false) MultipartFile photo, CurrentUser user) {
        return created(returns.open(request, bytes(photo), user));
    }

    @Operation(summary = "Add or replace the photo of an open return")
    @PostMapping(path = "/{number}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReturnView photo(@PathVariable String number, @RequestPart("photo") MultipartFile photo, CurrentUser user) {
        return returns.attachPhoto(number, bytes(photo), user);
    }

    @Operation(summary = "Restock or scrap one batch of returned packs (Packer, Admin)")
    @PostMapping("/{number}/packs/{packId}")
    ReturnView inspect(@PathVariable String number, @PathVariable long packId, @RequestBody InspectRequest request,
            CurrentUser user) {
        return returns.inspectPack(number, packId, request == null ? null : request.outcome(), user);
    }

    private static ResponseEntity<ReturnView> created(ReturnView view) {
        return ResponseEntity.created(URI.create("/api/returns/" + view.number())).body(view);
    }

    static byte[] bytes(MultipartFile photo) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
