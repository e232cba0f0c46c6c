namespace DlRadiomics.Deep;

/// <summary>
/// The work of <c>dlr deep</c>: reads the manifest, chooses the network, extracts every case's deep features (a failing
/// case is reported and the batch goes on), optionally saves each network input as <c>.npy</c>, and writes the table
/// atomically (<see cref="DeepFeatureTable"/>).
/// </summary>
public static class DeepExtraction
{
    /// <param name="options">What to do.</param>
    /// <param name="modelChosen">Called with the network before extraction starts (so a caller can say which).</param>
    /// <param name="completed">Called as each case ends.</param>
    /// <exception cref="IOException">The output exists and <see cref="DeepExtractionOptions.Force"/> is false.</exception>
    public static DeepExtractionResult Run(DeepExtractionOptions options, Action<DeepModel>? modelChosen = null, Action<DeepCaseOutcome>? completed = null)
    {
        if (File.Exists(options.Out) && !options.Force) throw new IOException($"output '{options.Out}' already exists; pass --force to overwrite it");
        var cases = DeepManifest.Read(options.Manifest, options.Filter);
        var model = DeepModel.Resolve(options.ModelPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        modelChosen?.Invoke(model);
        using var extractor = new DeepFeatureExtractor(model, options.Roi, new DeepExtractorOptions(options.BatchSize, options.Threads, options.OutputNode));
        Action<Radiomics.Batch.ExtractionCase, NetworkInput>? dump = null;
        if (options.DumpInputs is { } folder)
        {
            Directory.CreateDirectory(folder);
            dump = (c, input) =>
            {
                using var stream = new FileStream(Path.Combine(folder, SafeFileName(c.Id) + ".npy"), options.Force ? FileMode.Create : FileMode.CreateNew);
                NpyFile.Write(stream, input.Tensor, input.Shape);
            };
        }
        var outcomes = extractor.Run(cases, dump, completed);
        DeepFeatureTable.Write(options.Out, outcomes, extractor.Network, options.Prefix, options.Force);
        return new DeepExtractionResult(model, extractor.Network.OutputNode, outcomes);
    }

    /// <summary>The ID with characters not allowed in file names replaced by '_'.</summary>
    public static string SafeFileName(string id) =>
        string.Concat(id.Select(ch => Path.GetInvalidFileNameChars().Contains(ch) ? '_' : ch));
}
