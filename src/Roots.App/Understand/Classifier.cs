using Roots.App.Configuration;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Understand;

/// <summary>Learned classification: training the library's classifier from what the user labelled, and applying it with the taxonomy's rules.</summary>
public sealed class Classifier
{
    private readonly string _directory;
    private readonly LibraryConfig _config;
    private readonly IItemStore _items;
    private readonly ITagStore _tags;
    private readonly TimeProvider _time;
    private readonly Func<string, CancellationToken, Task<Item?>> _find;

    internal Classifier(string directory, LibraryConfig config, IItemStore items, ITagStore tags, TimeProvider time, Func<string, CancellationToken, Task<Item?>> find)
    {
        _directory = directory;
        _config = config;
        _items = items;
        _tags = tags;
        _time = time;
        _find = find;
    }

    /// <summary>The folder inside a library that holds learned models.</summary>
    public const string ModelsFolderName = "models";

    /// <summary>Where <see cref="TrainAsync"/> saves the classifier.</summary>
    public string ClassifierPath => Path.Combine(_directory, ModelsFolderName, "classifier.json");

    /// <summary>
    /// Trains the classifier from the items the user labelled (user tags and categories) and saves it
    /// as JSON in <see cref="ClassifierPath"/>. Categories get one model; each taxonomy tag with at least
    /// three items with it and three without gets a binary model (see <see cref="LibraryClassifier"/>).
    /// </summary>
    /// <returns>Label counts and cross-validated figures, or a one-line reason (nothing to learn from, the model cannot be saved).</returns>
    public async Task<Result<ClassifierTrainingReport>> TrainAsync(CancellationToken cancellationToken = default)
    {
        var taxonomy = _config.Taxonomy.Compiled;
        var stored = await _tags.LabelledItemsAsync(cancellationToken).ConfigureAwait(false);
        // Synonyms added to roots.yaml after tagging still count as one tag.
        var items = stored.Select(i => i with
        {
            Tags = i.Tags.Select(taxonomy.CanonicalTag).Distinct(StringComparer.Ordinal).ToList(),
            Category = i.Category is null ? null : Taxonomy.CanonicalCategory(i.Category),
        }).ToList();
        LibraryTraining training;
        try
        {
            var options = LibraryClassifierOptions.Default with { Threshold = taxonomy.MinConfidence };
            training = await Task.Run(() => new LibraryClassifierTrainer(options).Train(items, taxonomy, _time.GetUtcNow()), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return Result<ClassifierTrainingReport>.Fail($"cannot train the classifier: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        if (training.Classifier.IsEmpty)
        {
            return Result<ClassifierTrainingReport>.Fail(
                $"nothing to learn from ({items.Count} labelled items): a tag needs 3 items with it and 3 without and must be in taxonomy.tags " +
                "(or allow_new_tags: true); label items with: roots tag ID +TAG");
        }

        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(ClassifierPath)!);
            string temporary = ClassifierPath + ".tmp";
            await File.WriteAllTextAsync(temporary, training.Classifier.ToJson(), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, ClassifierPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<ClassifierTrainingReport>.Fail($"cannot save the classifier to {ClassifierPath}: {e.Message}");
        }

        return new ClassifierTrainingReport(ClassifierPath, training.Classifier.TrainedAt, training.ItemCount, training.Labels,
            training.CategoryAccuracy, training.TagAccuracy, training.TagMicroF1);
    }

    /// <summary>
    /// Applies the taxonomy's rules, then the classifier (when one was trained), to the given items or,
    /// when <paramref name="ids"/> is empty, to every item without a user tag or category. Rules tag with
    /// confidence 1; the classifier applies taxonomy labels at or above <c>min_confidence</c> and only
    /// suggests lower ones. Neither touches a user's tag or category, nor re-adds a removed tag.
    /// </summary>
    /// <param name="ids">Item numbers or external ids; empty for all unlabelled items.</param>
    /// <param name="dryRun">Decide and report, write nothing.</param>
    /// <param name="cancellationToken">Stops between items; what was written stays.</param>
    public async Task<Result<ClassifyReport>> ClassifyAsync(IReadOnlyList<string> ids, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var model = LoadClassifier();
        if (!model.IsSuccess)
        {
            return Result<ClassifyReport>.Fail(model.Error!);
        }

        var items = new List<Item>();
        foreach (string id in ids)
        {
            var item = await _find(id, cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                return Result<ClassifyReport>.Fail($"no item '{id}' in {_directory}; list items with: roots list");
            }

            items.Add(item);
        }

        if (ids.Count == 0)
        {
            var unlabelled = await _tags.UnlabelledItemIdsAsync(cancellationToken).ConfigureAwait(false);
            items.AddRange(await _items.GetManyAsync(unlabelled, cancellationToken).ConfigureAwait(false));
        }

        var results = new List<ItemClassification>(items.Count);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await ClassifyItemAsync(item, model.Value, dryRun, cancellationToken).ConfigureAwait(false));
        }

        return new ClassifyReport(dryRun, model.Value?.TrainedAt, results);
    }

    /// <summary>The saved classifier; null (not a failure) when none was trained yet.</summary>
    private Result<LibraryClassifier?> LoadClassifier()
    {
        if (!File.Exists(ClassifierPath))
        {
            return Result<LibraryClassifier?>.Ok(null);
        }

        try
        {
            var read = LibraryClassifier.FromJson(File.ReadAllText(ClassifierPath));
            return read.IsSuccess
                ? Result<LibraryClassifier?>.Ok(read.Value)
                : Result<LibraryClassifier?>.Fail($"{ClassifierPath}: {read.Error}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<LibraryClassifier?>.Fail($"cannot read {ClassifierPath}: {e.Message}");
        }
    }

    /// <summary>Runs rules (and the classifier, when given) on one stored item and writes the plan unless <paramref name="dryRun"/>.</summary>
    private async Task<ItemClassification> ClassifyItemAsync(Item item, LibraryClassifier? model, bool dryRun, CancellationToken cancellationToken)
    {
        string text = await _items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        return await new ItemLabeler(_tags, _config.Taxonomy.Compiled)
            .LabelAsync(item.Id, new RuleSubject(item.Title, text, item.Source, item.Url, item.Language), model, dryRun, cancellationToken)
            .ConfigureAwait(false);
    }
}
