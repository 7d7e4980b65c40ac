package com.orderflow.packing.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.packing.PackingBoard;
import com.orderflow.packing.PackingService;
import com.orderflow.packing.PackingSlipView;
import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The packing API (K2): the board's data, an order's slips, and printing a slip again. Packers and admins. */
@RestController
@RequestMapping("/api/packing")
@Tag(name = "Packing")
class PackingApi {
    private final PackingBoard board;
    private final PackingService packing;

    PackingApi(PackingBoard board, PackingService packing) {
        this.board = board;
        this.packing = packing;
    }

    @Operation(summary = "Open packing work per packer, packed today, and the unclaimed queue")
    @GetMapping("/board")
    PackingBoard.Board board(CurrentUser user) {
        return board.board(user);
    }

    @Operation(summary = "An order's packing slips, printed or not")
    @GetMapping("/orders/{number}/slips")
    List<PackingSlipView> slips(@PathVariable String number, CurrentUser user) {
        return packing.slipsOf(number, user);
    }

    @Operation(summary = "Send an order's newest packing slip to the printer again")
    @PostMapping("/orders/{number}/slips")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PackingSlipView printAgain(@PathVariable String number, CurrentUser user) {
        return packing.printAgain(number, user);
    }
}
