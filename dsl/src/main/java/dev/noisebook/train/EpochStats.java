package dev.noisebook.train;

/**
 * One epoch of a {@link Fit}: the mean mini-batch training loss and, on the training rows at the
 * epoch's end, the accuracy against the (possibly noisy) training labels, against the clean labels,
 * and the memorisation rate (the fraction of noisy-labelled rows predicted with their noisy label;
 * NaN without flipped rows). The validation loss and accuracy are NaN without a validation split;
 * every accuracy is NaN for an embedding objective.
 */
public record EpochStats(
    int epoch,
    double loss,
    double accuracy,
    double cleanAccuracy,
    double memorisation,
    double validationLoss,
    double validationAccuracy) {}
