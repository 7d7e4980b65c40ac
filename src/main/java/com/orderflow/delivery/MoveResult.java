package com.orderflow.delivery;

/**
 * Both runs after a stop moved, re-routed. {@code warning} is set when the stop's zone is not the
 * zone of the run it joined: the move is made (the dispatcher knows the roads), but said.
 */
public record MoveResult(RunView from, RunView to, String warning) {
}
