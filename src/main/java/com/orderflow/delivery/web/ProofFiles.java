package com.orderflow.delivery.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.orderflow.delivery.ProofService;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;

/** Proof photos and signatures, and their thumbnails, for whoever may see the order. */
@Controller
class ProofFiles {
    private final ProofService proofs;

    ProofFiles(ProofService proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/delivery/proofs/{id}")
    ResponseEntity<Resource> file(@PathVariable long id, CurrentUser user) {
        return send(proofs.file(id, false, user));
    }

    @GetMapping("/delivery/proofs/{id}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long id, CurrentUser user) {
        return send(proofs.file(id, true, user));
    }

    private static ResponseEntity<Resource> send(ProofService.ProofFile file) {
        FileSystemResource resource = new FileSystemResource(file.path());
        if (!resource.exists()) {
            throw new NotFoundException("The proof's file is missing from the proof folder");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(resource);
    }
}
