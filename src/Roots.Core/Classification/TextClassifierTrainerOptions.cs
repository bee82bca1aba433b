namespace Roots.Core.Classification;

/// <summary>
/// Settings of <see cref="TextClassifierTrainer"/>. The defaults were chosen by 5-fold
/// cross-validation on BBC News (English articles) and THUCNews headlines (Chinese), where the
/// results sat on a plateau around them (bench/Roots.Bench.Classify/README.md); most users never
/// change them.
/// </summary>
/// <remarks>Immutable and thread-safe. Limits are checked by <see cref="Validate"/>, which the trainer calls.</remarks>
public sealed record TextClassifierTrainerOptions
{
    /// <summary>The defaults.</summary>
    public static TextClassifierTrainerOptions Default { get; } = new();

    /// <summary>
    /// Additive (Laplace) smoothing of the complement naive Bayes counts that start training.
    /// Default 1; range (0, 100]. Smaller values trust rare terms more.
    /// </summary>
    public double Smoothing { get; init; } = 1.0;

    /// <summary>
    /// How strongly the naive Bayes weights seed the model before gradient descent refines it.
    /// Default 3; range [0, 100]. 0 starts from zero weights (plain softmax regression, weaker
    /// with few examples per label); large values make the result close to naive Bayes.
    /// </summary>
    public double NaiveBayesWeight { get; init; } = 3.0;

    /// <summary>
    /// Passes of stochastic gradient descent over the training set. Default 10; range [0, 1000].
    /// 0 gives pure complement naive Bayes. There is no weight penalty: the naive Bayes start and
    /// the small number of passes are the regularisation (early stopping).
    /// </summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Step size of the first pass; pass <c>e</c> (from 0) uses <c>LearningRate / (1 + e)</c>. Default 0.5; range (0, 10].</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>A term must occur in at least this many training texts to become a feature. Default 1; range [1, 1000].</summary>
    /// <remarks>1 keeps terms seen once: on short texts such as headlines they still carry signal.</remarks>
    public int MinDocumentFrequency { get; init; } = 1;

    /// <summary>
    /// At most this many features, the most widespread (by document frequency) kept. Default
    /// 100,000; range [1, 1,000,000]. Bounds the model's memory and JSON size: a model holds
    /// about (labels + 1) × features numbers.
    /// </summary>
    public int MaxFeatures { get; init; } = 100_000;

    /// <summary>How many times a title's terms are counted (a title says more per word than a body). Default 2; range [0, 10]; 0 ignores titles.</summary>
    public int TitleWeight { get; init; } = 2;

    /// <summary>Seeds the order in which gradient descent visits the examples, so that training is reproducible. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Checks every limit documented above.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Check(Smoothing > 0 && Smoothing <= 100, nameof(Smoothing), "(0, 100]", Smoothing);
        Check(NaiveBayesWeight >= 0 && NaiveBayesWeight <= 100, nameof(NaiveBayesWeight), "[0, 100]", NaiveBayesWeight);
        Check(Epochs is >= 0 and <= 1000, nameof(Epochs), "[0, 1000]", Epochs);
        Check(LearningRate > 0 && LearningRate <= 10, nameof(LearningRate), "(0, 10]", LearningRate);
        Check(MinDocumentFrequency is >= 1 and <= 1000, nameof(MinDocumentFrequency), "[1, 1000]", MinDocumentFrequency);
        Check(MaxFeatures is >= 1 and <= 1_000_000, nameof(MaxFeatures), "[1, 1000000]", MaxFeatures);
        Check(TitleWeight is >= 0 and <= 10, nameof(TitleWeight), "[0, 10]", TitleWeight);
    }

    private static void Check(bool ok, string name, string range, double value)
    {
        if (!ok)
        {
            throw new ArgumentException($"{name} must be in {range}; it is {value}.", name);
        }
    }
}
