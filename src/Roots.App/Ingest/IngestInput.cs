using Roots.Core;
using Roots.Core.Model;

namespace Roots.App.Ingest;

/// <summary>One input to collect: a label for messages and a way to load it (run on a worker thread).</summary>
/// <param name="Label">What the user would recognise: a path, "line 17", "stdin".</param>
/// <param name="Load">Reads the input; a failure is reported with the label and the batch goes on.</param>
public sealed record IngestInput(string Label, Func<Result<CollectedDocument>> Load);
