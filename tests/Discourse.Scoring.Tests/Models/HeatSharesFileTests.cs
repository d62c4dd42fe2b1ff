using Discourse.Core;
using Discourse.Scoring.Models;
using Discourse.Scoring.Tests.Support;

namespace Discourse.Scoring.Tests.Models;

public class HeatSharesFileTests
{
    [Fact]
    public void Written_shares_read_back_the_same()
    {
        var path = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"), ModelFiles.HeatShares);
        var shares = new HeatShares(0.25, 0.7, 0.05);

        HeatSharesFile.Write(shares, path);

        Assert.Equal(shares, HeatSharesFile.Read(path));
    }

    [Fact]
    public void A_missing_file_is_a_clear_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"), ModelFiles.HeatShares);

        var error = Assert.Throws<InputException>(() => HeatSharesFile.Read(path));

        Assert.Contains("heat shares file not found", error.Message);
        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("{\"regression\": 0.5, \"tone\": 0.5", "not JSON")]
    [InlineData("[0.3, 0.3, 0.4]", "expected a JSON object")]
    [InlineData("{\"regression\": 0.5, \"tone\": 0.5}", "expected a number in \"lexicon\"")]
    [InlineData("{\"regression\": \"half\", \"tone\": 0.5, \"lexicon\": 0}", "expected a number in \"regression\"")]
    [InlineData("{\"regression\": 0.5, \"tone\": 0.5, \"lexicon\": 0.5}", "must sum to 1")]
    public void A_malformed_file_says_what_was_expected(string content, string expected)
    {
        var path = TempFiles.Write(ModelFiles.HeatShares, content);

        var error = Assert.Throws<InputException>(() => HeatSharesFile.Read(path));

        Assert.StartsWith("not valid heat shares", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Equal(path, error.Path);
    }
}
