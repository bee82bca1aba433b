namespace Roots.Core.Classification;

/// <summary>Settings of <see cref="LibraryClassifierTrainer"/>; the defaults suit libraries from a few dozen to tens of thousands of labelled items.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LibraryClassifierOptions
{
    /// <summary>The defaults.</summary>
    public static LibraryClassifierOptions Default { get; } = new();

    /// <summary>A label (tag or category) needs at least this many items, and a tag as many items without it, to get a model. Default 3.</summary>
    public int MinExamples { get; init; } = 3;

    /// <summary>At most this many tags get a model, the most used first (default 50): each costs a pass over the training data and a dot product per prediction.</summary>
    public int MaxTagModels { get; init; } = 50;

    /// <summary>Cross-validation runs when there are at least this many labelled items (default 20).</summary>
    public int MinItemsForCrossValidation { get; init; } = 20;

    /// <summary>Cross-validation looks at this many items at most (default 2,000), so that a quick figure stays quick on a large library.</summary>
    public int MaxCrossValidationItems { get; init; } = 2000;

    /// <summary>Folds of the cross-validation (default 5).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seeds the fold shuffle (default 42): the same library gives the same figures.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>A tag counts as predicted in cross-validation at or above this confidence (default <see cref="Taxonomy.DefaultMinConfidence"/>).</summary>
    public double Threshold { get; init; } = Taxonomy.DefaultMinConfidence;

    /// <summary>The settings of every underlying model.</summary>
    public TextClassifierTrainerOptions Model { get; init; } = TextClassifierTrainerOptions.Default;
}
