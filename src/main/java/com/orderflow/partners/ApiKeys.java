package com.orderflow.partners;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiKeys extends JpaRepository<ApiKey, Long> {
    /** The key whose first characters these are. */
    Optional<ApiKey> findByPrefix(String prefix);

    /** Every key, newest first. */
    List<ApiKey> findAllByOrderByCreatedAtDescIdDesc();

    /** Notes a use; at most once a minute per key, so that busy partners do not write on every request. */
    @Modifying
    @Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :stale)")
    int markUsed(@Param("id") long id, @Param("now") Instant now, @Param("stale") Instant stale);
}
