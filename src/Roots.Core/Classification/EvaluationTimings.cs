namespace Roots.Core.Classification;

/// <summary>Where an evaluation spent its time, as measured by the <see cref="TimeProvider"/> it was given.</summary>
/// <param name="Analysis">Analysing every text once (terms and counts).</param>
/// <param name="Training">Training all fold models, analysis excluded.</param>
/// <param name="Prediction">Predicting every held-out text, analysis excluded.</param>
/// <param name="TrainingDocuments">Texts trained on, summed over folds (each text k − 1 times).</param>
/// <param name="PredictedDocuments">Texts predicted (each once).</param>
public sealed record EvaluationTimings(
    TimeSpan Analysis, TimeSpan Training, TimeSpan Prediction, int TrainingDocuments, int PredictedDocuments)
{
    /// <summary>Mean training time per training text.</summary>
    public TimeSpan TrainingPerDocument => TrainingDocuments == 0 ? TimeSpan.Zero : Training / TrainingDocuments;

    /// <summary>Mean prediction time per text, analysis excluded.</summary>
    public TimeSpan PredictionPerDocument => PredictedDocuments == 0 ? TimeSpan.Zero : Prediction / PredictedDocuments;

    /// <summary>Mean analysis time per text.</summary>
    public TimeSpan AnalysisPerDocument => PredictedDocuments == 0 ? TimeSpan.Zero : Analysis / PredictedDocuments;
}
