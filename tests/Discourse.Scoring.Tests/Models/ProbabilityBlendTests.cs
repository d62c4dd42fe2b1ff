using Discourse.Scoring.Models;

namespace Discourse.Scoring.Tests.Models;

public class ProbabilityBlendTests
{
    [Fact]
    public void The_blend_is_the_mean_of_the_two_normalised_vectors()
    {
        var output = new ProbabilityBlend.Output();

        ProbabilityBlend.Blend(new ProbabilityBlend.Input { TreeProbabilities = [2f, 1f, 1f], LinearProbabilities = [0f, 0f, 1f] }, output);

        Assert.Equal([0.25f, 0.125f, 0.625f], output.BlendedProbabilities);
    }

    [Fact]
    public void A_vector_without_mass_counts_as_uniform()
    {
        var output = new ProbabilityBlend.Output();

        ProbabilityBlend.Blend(new ProbabilityBlend.Input { TreeProbabilities = [float.NaN, -1f, 0f], LinearProbabilities = [1f, 0f, 0f] }, output);

        Assert.Equal(1f / 6 + 0.5f, output.BlendedProbabilities[0], 5);
        Assert.Equal(1f / 6, output.BlendedProbabilities[2], 5);
    }
}
