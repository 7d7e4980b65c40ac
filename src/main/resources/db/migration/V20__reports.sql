-- Reports (K8, K13, F1, F4, S7, F9): indexes the reports' reads need on other modules' tables, the
-- per-order and per-task facts, the daily roll-up tables, and the daily summary.
-- Plain SQL. The reports module reads other modules' tables only through the read-only views of
-- V20_1 (report_v_*); it owns the report_* tables.

-- What changed since the last roll-up: every time column the roll-up asks "since when?" (counter_sale
-- (sold_at) and delivery_stop (completed_at) have theirs from V19_1 and V18)
CREATE INDEX ix_order_status_change_at ON order_status_change (changed_at);
CREATE INDEX ix_credit_note_issued_at ON credit_note (issued_at);
CREATE INDEX ix_return_case_opened_at ON return_case (opened_at);
CREATE INDEX ix_return_case_replacement ON return_case (replacement_order);
CREATE INDEX ix_customer_order_promised_by ON customer_order (status, promised_by);

-- One row per order, as the reports see it: frozen at the roll-up, refreshed whenever the order
-- changes (delete and insert). Money in rupees with paise; *_ms are milliseconds.
CREATE TABLE report_order_fact (
    order_id        BIGINT        NOT NULL PRIMARY KEY,
    order_number    VARCHAR(20)   NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    placed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_day      DATE          NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    final_day       DATE,
    cancelled       BOOLEAN       NOT NULL,
    cancel_reason   VARCHAR(400),
    replacement     BOOLEAN       NOT NULL,
    customer_phone  VARCHAR(20)   NOT NULL,
    customer_name   VARCHAR(120)  NOT NULL,
    zone_name       VARCHAR(60)   NOT NULL,
    locality_key    VARCHAR(120)  NOT NULL,
    locality_name   VARCHAR(120)  NOT NULL,
    items           INTEGER       NOT NULL,
    booked          NUMERIC(14,2) NOT NULL,
    billed          NUMERIC(14,2) NOT NULL,
    credited        NUMERIC(14,2) NOT NULL,
    revenue         NUMERIC(14,2) NOT NULL,
    dispatched_at   TIMESTAMP WITH TIME ZONE,
    dispatched_day  DATE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    delivered_day   DATE,
    promised_by     TIMESTAMP WITH TIME ZONE,
    returned        BOOLEAN       NOT NULL,
    return_reason   VARCHAR(16),
    return_day      DATE,
    shortage        BOOLEAN       NOT NULL,
    packer          VARCHAR(64),
    biller          VARCHAR(64),
    delivery_boy    VARCHAR(64),
    received_ms     BIGINT,
    packed_ms       BIGINT,
    billed_ms       BIGINT,
    ready_ms        BIGINT,
    out_ms          BIGINT,
    refreshed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_report_order_fact_placed ON report_order_fact (placed_day);
CREATE INDEX ix_report_order_fact_dispatched ON report_order_fact (dispatched_day);
CREATE INDEX ix_report_order_fact_delivered ON report_order_fact (delivered_day);
CREATE INDEX ix_report_order_fact_final ON report_order_fact (final_day);
CREATE INDEX ix_report_order_fact_return ON report_order_fact (return_day);

-- The order's lines as they were when its fact was made (a bill revision changes an order's
-- lines; the roll-up must take back what it counted before).
CREATE TABLE report_order_line_fact (
    order_id    BIGINT        NOT NULL,
    line_no     INTEGER       NOT NULL,
    sku         VARCHAR(40)   NOT NULL,
    product     VARCHAR(120)  NOT NULL,
    size_label  VARCHAR(20)   NOT NULL,
    quantity    INTEGER       NOT NULL,
    line_value  NUMERIC(14,2) NOT NULL,
    CONSTRAINT pk_report_order_line_fact PRIMARY KEY (order_id, line_no)
);

-- One row per completed user task, from the engine's task history: claimed = the completer's
-- claim (last assignee set before completion); queue = claimed - created (NULL when assigned at
-- creation or never claimed), work = completed - claimed.
CREATE TABLE report_task_fact (
    task_id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_key    VARCHAR(255)  NOT NULL,
    task_key       VARCHAR(255)  NOT NULL,
    task_name      VARCHAR(255),
    person         VARCHAR(255)  NOT NULL,
    order_number   VARCHAR(255),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_day  DATE          NOT NULL,
    queue_ms       BIGINT,
    work_ms        BIGINT        NOT NULL
);
CREATE INDEX ix_report_task_fact_day ON report_task_fact (completed_day, task_key);
CREATE INDEX ix_report_task_fact_person ON report_task_fact (person, completed_day);

-- Daily roll-ups: the primary key starts with the shop day, so a date range is one index range.
-- Orders by placement day (orders, items, booked, revenue, billed orders), dispatch day, delivery
-- day and final day (finished, cancelled_final, returned_final); WALK_IN = counter sales.
CREATE TABLE report_sales_day (
    shop_day            DATE          NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    orders              BIGINT        NOT NULL,
    cancelled           BIGINT        NOT NULL,
    replacements        BIGINT        NOT NULL,
    items               BIGINT        NOT NULL,
    billed_orders       BIGINT        NOT NULL,
    dispatched          BIGINT        NOT NULL,
    delivered           BIGINT        NOT NULL,
    delivered_promised  BIGINT        NOT NULL,
    delivered_on_time   BIGINT        NOT NULL,
    delivered_clean     BIGINT        NOT NULL,
    finished            BIGINT        NOT NULL,
    cancelled_final     BIGINT        NOT NULL,
    returned_final      BIGINT        NOT NULL,
    booked              NUMERIC(16,2) NOT NULL,
    revenue             NUMERIC(16,2) NOT NULL,
    CONSTRAINT pk_report_sales_day PRIMARY KEY (shop_day, channel)
);

-- Units and value per product and size, zone and source (ORDER or WALK_IN), by placement day.
CREATE TABLE report_product_day (
    shop_day    DATE          NOT NULL,
    sku         VARCHAR(40)   NOT NULL,
    zone_name   VARCHAR(60)   NOT NULL,
    source      VARCHAR(10)   NOT NULL,
    product     VARCHAR(120)  NOT NULL,
    size_label  VARCHAR(20)   NOT NULL,
    units       BIGINT        NOT NULL,
    item_value  NUMERIC(16,2) NOT NULL,
    CONSTRAINT pk_report_product_day PRIMARY KEY (shop_day, sku, zone_name, source)
);

CREATE TABLE report_region_day (
    shop_day       DATE          NOT NULL,
    zone_name      VARCHAR(60)   NOT NULL,
    locality_key   VARCHAR(120)  NOT NULL,
    locality_name  VARCHAR(120)  NOT NULL,
    orders         BIGINT        NOT NULL,
    revenue        NUMERIC(16,2) NOT NULL,
    CONSTRAINT pk_report_region_day PRIMARY KEY (shop_day, zone_name, locality_key)
);

CREATE TABLE report_customer_day (
    shop_day        DATE          NOT NULL,
    customer_phone  VARCHAR(20)   NOT NULL,
    customer_name   VARCHAR(120)  NOT NULL,
    orders          BIGINT        NOT NULL,
    revenue         NUMERIC(16,2) NOT NULL,
    CONSTRAINT pk_report_customer_day PRIMARY KEY (shop_day, customer_phone)
);
-- top customers of a range read these three columns only
CREATE INDEX ix_report_customer_day_phone ON report_customer_day (customer_phone, shop_day);

-- Per person: deliveries by delivery day, returns caused by the return's day.
CREATE TABLE report_person_day (
    shop_day            DATE         NOT NULL,
    person              VARCHAR(64)  NOT NULL,
    delivered           BIGINT       NOT NULL,
    delivered_promised  BIGINT       NOT NULL,
    delivered_on_time   BIGINT       NOT NULL,
    returns_caused      BIGINT       NOT NULL,
    CONSTRAINT pk_report_person_day PRIMARY KEY (shop_day, person)
);

-- Cancellations by final day and reason (trimmed, lower case as the key; the words as written).
CREATE TABLE report_cancel_day (
    shop_day    DATE          NOT NULL,
    reason_key  VARCHAR(120)  NOT NULL,
    reason      VARCHAR(400)  NOT NULL,
    orders      BIGINT        NOT NULL,
    CONSTRAINT pk_report_cancel_day PRIMARY KEY (shop_day, reason_key)
);

-- Durations as log-bucket histograms per day: kind TASK_QUEUE / TASK_WORK (k1 process, k2 task,
-- k3 person; TASK_TOTAL their sum), STATUS (k1 status, k2 channel), ACTIVITY (k1 process, k2 flow
-- node). histogram: "bucket:count:sum:min:max;…" in milliseconds (reports.Histogram).
CREATE TABLE report_duration_day (
    shop_day    DATE           NOT NULL,
    kind        VARCHAR(12)    NOT NULL,
    k1          VARCHAR(255)   NOT NULL,
    k2          VARCHAR(255)   NOT NULL,
    k3          VARCHAR(255)   NOT NULL,
    n           BIGINT         NOT NULL,
    sum_ms      BIGINT         NOT NULL,
    histogram   VARCHAR(65535) NOT NULL,
    CONSTRAINT pk_report_duration_day PRIMARY KEY (shop_day, kind, k1, k2, k3)
);

-- The same per calendar month (shop_month = the month's first day), rebuilt from the days whenever a
-- day of the month is rewritten: a year's percentiles read twelve rows per key, not 365.
CREATE TABLE report_duration_month (
    shop_month  DATE           NOT NULL,
    kind        VARCHAR(12)    NOT NULL,
    k1          VARCHAR(255)   NOT NULL,
    k2          VARCHAR(255)   NOT NULL,
    k3          VARCHAR(255)   NOT NULL,
    n           BIGINT         NOT NULL,
    sum_ms      BIGINT         NOT NULL,
    histogram   VARCHAR(65535) NOT NULL,
    CONSTRAINT pk_report_duration_month PRIMARY KEY (shop_month, kind, k1, k2, k3)
);

-- The roll-up's watermark: everything that happened before it is in the report_* tables; what
-- happened since is computed live. One row, name 'daily'; 'demo-history' marks generated history.
CREATE TABLE report_state (
    name          VARCHAR(40)  NOT NULL PRIMARY KEY,
    watermark     TIMESTAMP WITH TIME ZONE,
    last_run_at   TIMESTAMP WITH TIME ZONE,
    last_run_ms   BIGINT,
    orders_seen   BIGINT
);

-- The daily summary (F9): the figures of one shop day, and what was sent to whom on which channel.
-- The unique key is what makes it one message per recipient, channel and day.
CREATE TABLE report_summary (
    shop_day      DATE          NOT NULL PRIMARY KEY,
    orders        BIGINT        NOT NULL,
    revenue       NUMERIC(16,2) NOT NULL,
    walk_in_sales BIGINT        NOT NULL,
    walk_in_value NUMERIC(16,2) NOT NULL,
    pending       BIGINT        NOT NULL,
    late          BIGINT        NOT NULL,
    low_stock     VARCHAR(2000) NOT NULL,
    made_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE report_summary_send (
    shop_day   DATE          NOT NULL,
    recipient  VARCHAR(64)   NOT NULL,
    channel    VARCHAR(10)   NOT NULL,
    status     VARCHAR(12)   NOT NULL,
    address    VARCHAR(200),
    detail     VARCHAR(400),
    sent_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_report_summary_send PRIMARY KEY (shop_day, recipient, channel)
);
