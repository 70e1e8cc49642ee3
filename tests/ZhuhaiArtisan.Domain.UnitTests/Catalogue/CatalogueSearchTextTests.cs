using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Domain.UnitTests.Catalogue;

public sealed class CatalogueSearchTextTests
{
    [Fact]
    public void GramsOf_AChineseWord_AreItsCharactersAndAdjacentPairs()
    {
        var grams = CatalogueSearchText.GramsOf(CatalogueSearchText.Of("电焊工"));

        Assert.True(grams.SetEquals(["电", "焊", "工", "电焊", "焊工"]), string.Join(" ", grams));
    }

    [Fact]
    public void GramsOf_SeveralFields_NeverSpanTwoFieldsOrWords()
    {
        var grams = CatalogueSearchText.GramsOf(CatalogueSearchText.Of("焊工", "高级 培训", "珠海学院"));

        Assert.Contains("焊工", grams);
        Assert.Contains("高级", grams);
        Assert.DoesNotContain("工高", grams);
        Assert.DoesNotContain("级培", grams);
        Assert.DoesNotContain("训珠", grams);
    }

    [Fact]
    public void Normalize_FoldsFullWidthFormsAndLetterCase()
    {
        Assert.Equal("cnc(高级)", CatalogueSearchText.Normalize("ＣＮＣ（高级）"));
    }

    [Fact]
    public void GramsOf_CharactersOutsideTheBmp_StayWhole()
    {
        var grams = CatalogueSearchText.GramsOf(CatalogueSearchText.Of("𠀀工"));

        Assert.Contains("𠀀工", grams);
        Assert.Contains("𠀀", grams);
        Assert.All(grams, g => Assert.True(g.Length <= CatalogueSearchText.GramMaxLength));
    }

    [Theory]
    [InlineData("焊工", new[] { "焊工" })]
    [InlineData("  焊工　高级  ", new[] { "焊工", "高级" })]
    [InlineData("焊工 焊工", new[] { "焊工" })]
    [InlineData("", new string[0])]
    [InlineData("   ", new string[0])]
    public void TermsOf_SplitsAtAnyWhiteSpace_OnceEach(string query, string[] terms)
    {
        Assert.Equal(terms, CatalogueSearchText.TermsOf(query));
    }

    [Fact]
    public void GramsRequiredBy_AOneCharacterTerm_IsTheCharacter_ALongerTermItsPairs()
    {
        Assert.Equal(["焊"], CatalogueSearchText.GramsRequiredBy(["焊"]));
        Assert.True(CatalogueSearchText.GramsRequiredBy(["电焊工"]).SetEquals(["电焊", "焊工"]));
    }

    [Fact]
    public void ClusterSet_RoundTripsTheCodes_InTheClustersOwnOrder()
    {
        var mask = ClusterSet.Of(["fine-chemicals", "next-gen-it", "unknown"]);

        Assert.Equal(["next-gen-it", "fine-chemicals"], ClusterSet.CodesOf(mask));
    }
}
