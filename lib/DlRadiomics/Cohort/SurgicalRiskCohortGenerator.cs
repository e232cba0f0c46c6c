namespace DlRadiomics.Cohort;

/// <summary>
/// Generates the synthetic surgical-risk cohort (training and external test cohorts, surgical and non-surgical
/// patients) calibrated to a published baseline table, by default Table 2 of Fan et al. 2024.
/// </summary>
/// <remarks>
/// Outcome first: each cohort × outcome cell has its published size; within a cell latent scores with shared factors
/// (<see cref="SurgicalRiskModel.Loadings"/>) are turned into values with exactly the published counts and means/SDs
/// (<see cref="ExactMarginals"/>). The odds ratios of Table 3 then follow from Bayes' rule:
/// log odds(surgery | x) = const + log f₁(x) − log f₀(x). Patients are shuffled within a cohort before IDs are given.
/// </remarks>
public static class SurgicalRiskCohortGenerator
{
    private static readonly string[] Groups = ["nonsurgical", "surgical"];

    public static SyntheticCohort Generate(SurgicalRiskCohortOptions? options = null, PublishedBaselineTable? calibration = null)
    {
        options ??= new SurgicalRiskCohortOptions();
        options.Validate();
        calibration ??= PublishedBaselineTable.Fan2024;
        var cohorts = new[]
        {
            (Name: "training", Centre: "Centre1", Sizes: new[] { options.TrainingPatients - options.TrainingSurgical, options.TrainingSurgical }),
            (Name: "test", Centre: "Centre2", Sizes: new[] { options.TestPatients - options.TestSurgical, options.TestSurgical }),
        };

        var rows = new List<Dictionary<string, object?>>();
        var traits = new List<PatientTraits>();
        int nextId = 1;
        for (int c = 0; c < cohorts.Length; c++)
        {
            var cohortRows = new List<(Dictionary<string, object?> Row, Func<string, PatientTraits> Traits)>();
            for (int outcome = 0; outcome < 2; outcome++)
                cohortRows.AddRange(GenerateCell(calibration, cohorts[c].Name, outcome, cohorts[c].Sizes[outcome], options.Seed, c));
            var shuffle = DeterministicRandom.Create(options.Seed, 90, c);
            foreach (var (row, makeTraits) in cohortRows.OrderBy(_ => shuffle.Next()))
            {
                string id = $"P{nextId++:D4}";
                row["PatientID"] = id;
                row["Cohort"] = cohorts[c].Name;
                row["Centre"] = cohorts[c].Centre;
                rows.Add(row);
                traits.Add(makeTraits(id));
            }
        }
        BlankMissing(rows, options);
        var schema = TableSchema.BuiltIn("clinical");
        return new SyntheticCohort(schema, Columns(schema, rows), traits);
    }

    private static IEnumerable<(Dictionary<string, object?>, Func<string, PatientTraits>)> GenerateCell(
        PublishedBaselineTable calibration, string cohort, int outcome, int n, int seed, int cohortIndex)
    {
        var rng = DeterministicRandom.Create(seed, cohortIndex, outcome);
        var latent = new LatentScores(n, rng, SurgicalRiskModel.Loadings);
        var column = new BaselineColumn(cohort, Groups[outcome]);
        var values = new Dictionary<string, double[]>();

        foreach (var v in SurgicalRiskModel.Continuous)
        {
            var cell = calibration.Continuous(v.Table2Name, column);
            values[v.Column] = ExactMarginals.Continuous(latent.Score(v.Column), cell.Mean!.Value, cell.StandardDeviation!.Value, v.Family, v.Lower, v.Upper, v.Decimals);
        }
        var binaryLatent = new Dictionary<string, double[]>();
        foreach (var v in SurgicalRiskModel.Binary)
        {
            var levels = calibration.RowsOf(v.Table2Name).ToArray();
            if (!levels.Any(l => l.Level == v.LevelCodedOne))
                throw new ArgumentException($"the calibration table has no level '{v.LevelCodedOne}' of '{v.Table2Name}'");
            int ones = levels.Single(l => l.Level == v.LevelCodedOne).Cells[column].Count!.Value;
            int zeros = levels.Where(l => l.Level != v.LevelCodedOne).Sum(l => l.Cells[column].Count!.Value);
            var z = binaryLatent[v.Column] = latent.Score(v.Column);
            values[v.Column] = ExactMarginals.Categories(z, ExactMarginals.ScaleCounts([zeros, ones], n)).Select(x => (double)x).ToArray();
        }
        var msuCounts = SurgicalRiskModel.MsuOrder.Select(level =>
            calibration.RowsOf(SurgicalRiskModel.MsuTable2Name).Single(r => r.Level == level).Cells[column].Count!.Value).ToArray();
        var msu = ExactMarginals.Categories(latent.Score("MSU"), ExactMarginals.ScaleCounts(msuCounts, n));

        var pfirrmann = LatentScores.Refine(ToInt(values["PfirrmannSevere"]), binaryLatent["PfirrmannSevere"],
            [SurgicalRiskModel.PfirrmannMildSplit, SurgicalRiskModel.PfirrmannSevereSplit], [1, 4]);
        var goutallier = new Dictionary<string, int[]>();
        foreach (var muscle in new[] { "PMMFI", "QLMFI", "ESMFI", "MMFI" })
            goutallier[muscle] = LatentScores.Refine(ToInt(values[muscle + "Severe"]), binaryLatent[muscle + "Severe"],
                [SurgicalRiskModel.GoutallierMildSplit, SurgicalRiskModel.GoutallierSevereSplit], [0, 3]);

        var discTexture = latent.Score("DiscTexture", outcome * SurgicalRiskModel.OutcomeShift["DiscTexture"]);
        var extent = latent.Score("HerniationExtent", outcome * SurgicalRiskModel.OutcomeShift["HerniationExtent"]);
        var muscleTexture = latent.Score("MuscleTexture", outcome * SurgicalRiskModel.OutcomeShift["MuscleTexture"]);

        for (int i = 0; i < n; i++)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Surgery"] = (double)outcome };
            foreach (var (name, vals) in values) row[name] = vals[i];
            string msuClass = SurgicalRiskModel.MsuOrder[msu[i]];
            row["MSU"] = msuClass;
            row["PfirrmannGrade"] = (double)pfirrmann[i];
            foreach (var (muscle, grades) in goutallier) row[muscle] = (double)grades[i];
            string level = PickLevel(rng.NextDouble());
            row["ResponsibleLevel"] = level;
            int patientSeed = DeterministicRandom.Derive(seed, 1000 + cohortIndex, outcome, i);
            int index = i;
            yield return (row, id => new PatientTraits(id, cohort, outcome, level, pfirrmann[index],
                msuClass[0] - '0', msuClass[1..], LatentScores.Probability(extent[index]),
                values["ModicChange"][index] == 1, values["AnnulusTear"][index] == 1,
                goutallier["MMFI"][index], goutallier["ESMFI"][index], goutallier["PMMFI"][index],
                values["MMCSA"][index], values["ESMCSA"][index], values["PMMCSA"][index], values["L12SFTT"][index],
                discTexture[index], muscleTexture[index], patientSeed));
        }
    }

    internal static string PickLevel(double u)
    {
        foreach (var (level, share) in SurgicalRiskModel.Levels)
        {
            if (u < share) return level;
            u -= share;
        }
        return SurgicalRiskModel.Levels[^1].Level;
    }

    private static void BlankMissing(List<Dictionary<string, object?>> rows, SurgicalRiskCohortOptions options)
    {
        if (options.MissingRate <= 0) return;
        var rng = DeterministicRandom.Create(options.Seed, 91);
        foreach (var row in rows)
            foreach (var column in SurgicalRiskModel.ColumnsWithMissingValues)
                if (rng.NextDouble() < options.MissingRate) row[column] = null;
    }

    internal static Dictionary<string, Array> Columns(TableSchema schema, List<Dictionary<string, object?>> rows)
    {
        var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
        foreach (var field in schema.Fields)
        {
            columns[field.Name] = field.Type is FieldType.Integer or FieldType.Number
                ? rows.Select(r => r.TryGetValue(field.Name, out var v) ? (double?)v : throw Missing(field.Name)).ToArray()
                : rows.Select(r => r.TryGetValue(field.Name, out var v) ? (string?)v : throw Missing(field.Name)).ToArray();
        }
        return columns;
    }

    private static InvalidOperationException Missing(string column) => new($"the generator produced no value for column '{column}'");

    private static int[] ToInt(double[] values) => values.Select(v => (int)v).ToArray();
}
