using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Tests.Learning.Evaluation;

public class ModelComparisonStepsTests
{
    [Fact]
    public void EachSetsOwnSteps_GiveTheSamePredictionsAsFittingItsPipelineInEveryFold()
    {
        var (sets, y, testY) = ModelComparisonTests.TwoSets(5);
        IPipelineStep[] own = [new MannWhitneyStep(), new StandardizeStep()];
        var withSteps = new[] { sets[0] with { Steps = own }, sets[1] };
        var options = new ModelComparisonOptions(ModelComparisonTests.TwoLearners, Steps: [new StandardizeStep()], Seed: 4,
            Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper]);
        var result = ModelComparison.Run(withSteps, y, testY, options);
        var splits = Splits.StratifiedKFold(y, 5, 4).ToArray();
        foreach (var (set, steps) in new[] { (withSteps[0], own), (withSteps[1], (IPipelineStep[])[new StandardizeStep()]) })
            foreach (var learner in ModelComparisonTests.TwoLearners)
            {
                var safe = result.Get(ComparisonProtocol.Safe, set.Name, learner.Name);
                var expected = new double[y.Length];
                foreach (var (train, test) in splits)
                {
                    var model = new Pipeline(steps, learner).Fit(train.Select(i => set.Train[i]).ToArray(), train.Select(i => y[i]).ToArray());
                    var p = model.PredictProbability(test.Select(i => set.Train[i]).ToArray());
                    for (int t = 0; t < test.Length; t++) expected[test[t]] = p[t];
                }
                Assert.Equal(expected, safe.OutOfFoldScores);
                Assert.Equal(new Pipeline(steps, learner).Fit(set.Train, y).PredictProbability(set.Test!), safe.TestScores);
                Assert.Equal(safe.TestScores, result.Get(ComparisonProtocol.Paper, set.Name, learner.Name).TestScores);
                Assert.Equal(Pipeline.Describe(steps), safe.HyperParameters["steps"]);
            }
    }

    [Fact]
    public void ASetWhoseStepsKeepNothing_GetsNullModels_WhileTheOthersUseTheOptionsSteps()
    {
        var (sets, y, testY) = ModelComparisonTests.TwoSets(6);
        var withSteps = new[] { sets[0], sets[1] with { Steps = [new MannWhitneyStep(1e-300)] } };
        var result = ModelComparison.Run(withSteps, y, testY, new ModelComparisonOptions(ModelComparisonTests.TwoLearners, Steps: [new StandardizeStep()],
            Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper]));
        foreach (var protocol in new[] { ComparisonProtocol.Safe, ComparisonProtocol.Paper })
        {
            var none = result.Get(protocol, "weak", "gnb");
            Assert.Equal(5 + 1, none.NullModels);   // every fold and the all-rows fit
            Assert.All(none.TestScores!, p => Assert.Equal(y.Average(), p));
            Assert.Equal(0, result.Get(protocol, "strong", "gnb").NullModels);
        }
    }

    [Fact]
    public void AFusionBlock_ReusesTheStepsItsOwnSetFittedOnTheSameRows_WithTheSamePredictions()
    {
        var (sets, y, testY) = ModelComparisonTests.TwoSets(8);
        var fusedTrain = FeatureFusion.Concatenate([sets[0].Train, sets[1].Train]);
        var fusedTest = FeatureFusion.Concatenate([sets[0].Test!, sets[1].Test!]);
        var options = new ModelComparisonOptions(ModelComparisonTests.TwoLearners, Seed: 2, Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper]);
        ModelComparisonResult Compare(CountingStep ownSelection, CountingStep blockSelection) => ModelComparison.Run(
        [
            sets[0] with { Steps = [ownSelection, new StandardizeStep()] },
            new FeatureSet("fused", fusedTrain, fusedTest,
                Steps: [new FusionStep([new FusionBlock("strong", 3, [blockSelection]), new FusionBlock("weak", 4, [new PcaStep(2)])]), new StandardizeStep()]),
        ], y, testY, options);

        var shared = new CountingStep(new MannWhitneyStep());
        var reused = Compare(shared, shared);
        Assert.Equal(5 + 1, shared.Fits);   // once per fold and once on all training rows, not twice
        var (own, block) = (new CountingStep(new MannWhitneyStep()), new CountingStep(new MannWhitneyStep()));
        var separate = Compare(own, block);
        Assert.Equal((6, 6), (own.Fits, block.Fits));
        Assert.Equal(separate.ToJson(), reused.ToJson());
    }

    /// <summary>A step that counts its fits.</summary>
    private sealed class CountingStep(IPipelineStep inner) : IPipelineStep
    {
        private int _fits;

        public int Fits => _fits;

        public string Name => inner.Name;

        public IFittedStep Fit(double[][] x, IReadOnlyList<int> y)
        {
            Interlocked.Increment(ref _fits);
            return inner.Fit(x, y);
        }
    }
}
