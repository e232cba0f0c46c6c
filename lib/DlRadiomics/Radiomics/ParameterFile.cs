using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace DlRadiomics.Radiomics;

/// <summary>
/// Reads PyRadiomics parameter files (YAML; JSON is valid YAML): top-level <c>setting</c>, <c>imageType</c> and
/// <c>featureClass</c> mappings. Every key is validated; an unknown key or a value of the wrong kind is an error naming
/// it. A setting given as <c>null</c> keeps its default, as in PyRadiomics.
/// </summary>
public static class ParameterFile
{
    /// <summary>Settings keys understood, as spelled in PyRadiomics.</summary>
    public static IReadOnlyList<string> SettingNames { get; } =
    [
        "label", "binWidth", "binCount", "minimumROIDimensions", "minimumROISize", "normalize", "normalizeScale",
        "removeOutliers", "resampledPixelSpacing", "interpolator", "padDistance", "preCrop", "distances", "force2D",
        "force2Ddimension", "resegmentRange", "resegmentMode", "resegmentShape", "correctMask", "geometryTolerance",
        "additionalInfo", "voxelArrayShift", "symmetricalGLCM", "weightingNorm", "gldm_a",
        "wavelet", "level", "start_level", "gradientUseSpacing", "sigma", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod",
    ];

    /// <summary>Image types understood, as spelled in PyRadiomics (<c>imageType</c> keys).</summary>
    public static IReadOnlyList<string> ImageTypeNames { get; } = ["Original", "LoG", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "Wavelet", "LBP2D"];

    private static readonly string[] FilterSettingNames =
        ["wavelet", "level", "start_level", "gradientUseSpacing", "sigma", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod"];

    public static ExtractionParameters Load(string path)
    {
        if (!File.Exists(path)) throw new RadiomicsSettingsException($"parameter file '{path}' does not exist");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses parameter-file text; <paramref name="source"/> names it in error messages.</summary>
    public static ExtractionParameters Parse(string text, string source = "parameters")
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new RadiomicsSettingsException($"{source}: not valid YAML/JSON at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }
        // YamlDotNet's scanner throws these on some malformed input (stray control bytes) instead of a YamlException.
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new RadiomicsSettingsException($"{source}: not valid YAML/JSON ({e.Message}); check the file for stray or binary characters");
        }
        if (stream.Documents.Count == 0) return ExtractionParameters.Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new RadiomicsSettingsException($"{source}: the top level must be a mapping with 'setting', 'imageType' and/or 'featureClass'");

        var settings = RadiomicsSettings.Default;
        IReadOnlyList<string> imageTypes = ["Original"];
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>?>>? classes = null;
        YamlNode? imageTypeNode = null;
        foreach (var (keyNode, value) in root.Children)
        {
            string key = Scalar(keyNode, source);
            switch (key)
            {
                case "setting": settings = ParseSettings(value, source, settings); break;
                case "imageType": imageTypeNode = value; break;
                case "featureClass": classes = ParseFeatureClasses(value, source); break;
                case "voxelSetting": throw new RadiomicsSettingsException($"{source}: 'voxelSetting' (voxel-based extraction) is not supported");
                default: throw new RadiomicsSettingsException($"{source}: unknown top-level key '{key}' (expected setting, imageType, featureClass)");
            }
        }
        if (imageTypeNode is not null) (imageTypes, settings) = ParseImageTypes(imageTypeNode, source, settings);
        return new ExtractionParameters(settings, imageTypes, classes);
    }

    private static RadiomicsSettings ParseSettings(YamlNode node, string source, RadiomicsSettings s, string section = "setting", IReadOnlyCollection<string>? allowed = null)
    {
        if (IsNull(node)) return s;
        if (node is not YamlMappingNode map) throw new RadiomicsSettingsException($"{source}: '{section}' must be a mapping of name: value");
        foreach (var (keyNode, v) in map.Children)
        {
            string key = Scalar(keyNode, source);
            if (allowed is not null && SettingNames.Contains(key) && !allowed.Contains(key))
                throw new RadiomicsSettingsException($"{source}: setting '{key}' under '{section}' is not supported per image type; put it in 'setting' (allowed here: {string.Join(", ", allowed)})");
            if (IsNull(v)) { if (!SettingNames.Contains(key)) throw Unknown(source, key); continue; }
            var reader = new SettingReader(source, key, v);
            s = key switch
            {
                "label" => s with { Label = reader.Int() },
                "binWidth" => s with { BinWidth = reader.Positive() },
                "binCount" => s with { BinCount = reader.Int(min: 1) },
                "minimumROIDimensions" => s with { MinimumRoiDimensions = reader.Int(min: 1, max: 3) },
                "minimumROISize" => s with { MinimumRoiSize = reader.Int(min: 1) },
                "normalize" => s with { Normalize = reader.Bool() },
                "normalizeScale" => s with { NormalizeScale = reader.Positive() },
                "removeOutliers" => s with { RemoveOutliers = reader.Positive() },
                "resampledPixelSpacing" => s with { ResampledPixelSpacing = reader.Doubles(3, 3) },
                "interpolator" => s with { Interpolator = reader.Checked(Preprocessing.Resampling.InterpolatorNames.IsKnown, Preprocessing.Resampling.InterpolatorNames.Allowed) },
                "padDistance" => s with { PadDistance = reader.Int(min: 0) },
                "preCrop" => s with { PreCrop = reader.Bool() },
                "distances" => s with { Distances = reader.Ints(min: 1) },
                "force2D" => s with { Force2D = reader.Bool() },
                "force2Ddimension" => s with { Force2DDimension = reader.Int(min: 0, max: 2) },
                "resegmentRange" => s with { ResegmentRange = reader.Doubles(1, 2) },
                "resegmentMode" => s with { ResegmentMode = reader.Enum<ResegmentMode>(("absolute", ResegmentMode.Absolute), ("relative", ResegmentMode.Relative), ("sigma", ResegmentMode.Sigma)) },
                "resegmentShape" => s with { ResegmentShape = reader.Bool() },
                "correctMask" => s with { CorrectMask = reader.Bool() },
                "geometryTolerance" => s with { GeometryTolerance = reader.Positive() },
                "additionalInfo" => s with { AdditionalInfo = reader.Bool() },
                "voxelArrayShift" => s with { VoxelArrayShift = reader.Double() },
                "symmetricalGLCM" => s with { SymmetricalGlcm = reader.Bool() },
                "weightingNorm" => s with { WeightingNorm = reader.Enum<WeightingNorm>(("manhattan", Radiomics.WeightingNorm.Manhattan), ("euclidean", Radiomics.WeightingNorm.Euclidean), ("infinity", Radiomics.WeightingNorm.Infinity), ("no_weighting", Radiomics.WeightingNorm.NoWeighting)) },
                "gldm_a" => s with { GldmA = reader.Int(min: 0) },
                "wavelet" => s with { Wavelet = reader.Checked(Filters.WaveletCoefficients.Names.Contains, "a wavelet PyWavelets names: haar, dmey, db1–db20, sym2–sym20, coif1–coif5, bior1.1–bior6.8 or rbio1.1–rbio6.8") },
                "level" => s with { WaveletLevel = reader.Int(min: 1) },
                "start_level" => s with { WaveletStartLevel = reader.Int(min: 0) },
                "gradientUseSpacing" => s with { GradientUseSpacing = reader.Bool() },
                "sigma" => s with { Sigma = reader.PythonNumberTexts() },
                "lbp2DRadius" => s with { Lbp2DRadius = reader.Positive() },
                "lbp2DSamples" => s with { Lbp2DSamples = reader.Int(min: 1, max: Filters.LocalBinaryPattern.MaxSamples) },
                "lbp2DMethod" => s with { Lbp2DMethod = reader.Enum(StringComparison.OrdinalIgnoreCase, Filters.LocalBinaryPattern.Methods) },
                _ => throw Unknown(source, key),
            };
        }
        return s;
    }

    private static RadiomicsSettingsException Unknown(string source, string key) =>
        new($"{source}: unknown setting '{key}'. Known settings: {string.Join(", ", SettingNames)}");

    private static (IReadOnlyList<string>, RadiomicsSettings) ParseImageTypes(YamlNode node, string source, RadiomicsSettings settings)
    {
        if (IsNull(node)) return (["Original"], settings);
        if (node is not YamlMappingNode map) throw new RadiomicsSettingsException($"{source}: 'imageType' must be a mapping such as {{Original: {{}}}}");
        var types = new List<string>();
        foreach (var (keyNode, v) in map.Children)
        {
            string type = Scalar(keyNode, source);
            if (!ImageTypeNames.Contains(type))
                throw new FeatureClassUnavailableException(
                    $"{source}: image type '{type}' is not available (available: {string.Join(", ", ImageTypeNames)})");
            // PyRadiomics merges an image type's custom settings into that type's settings; filter settings only
            // affect their own filter, so keeping them in the common settings is the same.
            settings = ParseSettings(v, source, settings, $"imageType/{type}", FilterSettingNames);
            types.Add(type);
        }
        return (types.Count == 0 ? ["Original"] : types, settings);
    }

    private static IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>?>>? ParseFeatureClasses(YamlNode node, string source)
    {
        if (IsNull(node)) return null;
        if (node is not YamlMappingNode map) throw new RadiomicsSettingsException($"{source}: 'featureClass' must be a mapping such as {{glcm: null, firstorder: [Mean, Median]}}");
        var result = new List<KeyValuePair<string, IReadOnlyList<string>?>>();
        foreach (var (keyNode, v) in map.Children)
        {
            string name = Scalar(keyNode, source);
            IReadOnlyList<string>? features = null;
            if (v is YamlSequenceNode seq)
                features = seq.Children.Count == 0 ? null : seq.Children.Select(c => Scalar(c, source)).ToArray();
            else if (!IsNull(v))
                throw new RadiomicsSettingsException($"{source}: featureClass '{name}' must be null or a list of feature names");
            result.Add(new(name, features));
        }
        return result.Count == 0 ? null : result;
    }

    private static bool IsNull(YamlNode node) => node is YamlScalarNode s
        && s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL" or "None";

    private static string Scalar(YamlNode node, string source) => node is YamlScalarNode s && s.Value is not null
        ? s.Value
        : throw new RadiomicsSettingsException($"{source}: expected a name at line {node.Start.Line}, column {node.Start.Column}, found a {node.NodeType}");

    /// <summary>Reads one setting value, with errors naming the key and the value received.</summary>
    private readonly struct SettingReader(string source, string key, YamlNode node)
    {
        private RadiomicsSettingsException Bad(string expected) =>
            new($"{source}: setting '{key}' expects {expected}, got '{Show(node)}'");

        private static string Show(YamlNode n) => n switch
        {
            YamlScalarNode s => s.Value ?? "",
            YamlSequenceNode q => "[" + string.Join(", ", q.Children.Select(Show)) + "]",
            _ => n.ToString(),
        };

        private static bool TryDouble(YamlNode n, out double v)
        {
            v = 0;
            return n is YamlScalarNode s && s.Value is { } t
                && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v);
        }

        public double Double() => TryDouble(node, out double v) ? v : throw Bad("a number");

        public double Positive() => TryDouble(node, out double v) && v > 0 ? v : throw Bad("a number > 0");

        public int Int(int min = int.MinValue, int max = int.MaxValue) =>
            TryDouble(node, out double v) && v == Math.Floor(v) && v >= min && v <= max ? (int)v
                : throw Bad(max == int.MaxValue ? (min == int.MinValue ? "an integer" : $"an integer ≥ {min}") : $"an integer in {min}–{max}");

        public bool Bool() => node is YamlScalarNode { Value: { } t } ? t.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Bad("true or false"),
        } : throw Bad("true or false");

        public string Text() => node is YamlScalarNode { Value: { } t } ? t : throw Bad("a text value");

        /// <summary>The text when <paramref name="accepts"/> takes it; otherwise the error says <paramref name="allowed"/>.</summary>
        public string Checked(Func<string, bool> accepts, string allowed)
        {
            string t = Text();
            return accepts(t) ? t : throw Bad(allowed);
        }

        public IReadOnlyList<double> Doubles(int minCount, int maxCount)
        {
            if (node is not YamlSequenceNode seq || seq.Children.Count < minCount || seq.Children.Count > maxCount)
                throw Bad(minCount == maxCount ? $"a list of {minCount} numbers" : $"a list of {minCount} to {maxCount} numbers");
            var values = new double[seq.Children.Count];
            for (int n = 0; n < values.Length; n++)
                if (!TryDouble(seq.Children[n], out values[n])) throw Bad("a list of numbers");
            return values;
        }

        /// <summary>
        /// A list of numbers as Python's <c>str</c> prints what PyYAML reads (<c>1</c> → "1", <c>1.50</c> → "1.5",
        /// <c>2.</c> → "2.0"): PyRadiomics names derived images with that text.
        /// </summary>
        public IReadOnlyList<string> PythonNumberTexts()
        {
            if (node is not YamlSequenceNode seq || seq.Children.Count == 0) throw Bad("a non-empty list of numbers");
            var texts = new string[seq.Children.Count];
            for (int n = 0; n < texts.Length; n++)
            {
                if (!TryDouble(seq.Children[n], out double v)) throw Bad("a list of numbers");
                string written = ((YamlScalarNode)seq.Children[n]).Value!.Trim();
                if (System.Text.RegularExpressions.Regex.IsMatch(written, "^[-+]?[0-9]+$")) texts[n] = ((long)v).ToString(CultureInfo.InvariantCulture);
                else
                {
                    string shortest = v.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
                    texts[n] = shortest.Contains('.') || shortest.Contains('e') ? shortest : shortest + ".0";
                }
            }
            return texts;
        }

        public IReadOnlyList<int> Ints(int min)
        {
            if (node is not YamlSequenceNode seq || seq.Children.Count == 0) throw Bad($"a non-empty list of integers ≥ {min}");
            var values = new int[seq.Children.Count];
            for (int n = 0; n < values.Length; n++)
            {
                if (!TryDouble(seq.Children[n], out double v) || v != Math.Floor(v) || v < min || v > int.MaxValue) throw Bad($"a list of integers from {min} to {int.MaxValue}");
                values[n] = (int)v;
            }
            return values;
        }

        public T Enum<T>(params (string Name, T Value)[] options) => Enum(StringComparison.Ordinal, options);

        public T Enum<T>(StringComparison comparison, IReadOnlyList<(string Name, T Value)> options)
        {
            string t = Text();
            foreach (var (name, value) in options) if (string.Equals(name, t, comparison)) return value;
            throw Bad("one of " + string.Join(", ", options.Select(o => o.Name)));
        }
    }
}
