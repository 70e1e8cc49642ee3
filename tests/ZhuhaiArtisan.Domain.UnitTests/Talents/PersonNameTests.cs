using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Domain.UnitTests.Talents;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("林晓峰")]
    [InlineData("阿卜杜拉·买买提")]
    [InlineData("𠀾𪚥明")]
    [InlineData("Maria Schmidt")]
    [InlineData("Jean-Luc O'Neil Jr.")]
    [InlineData("Nguyễn Thị Minh Khai")]
    public void IsValid_AcceptsNamesOfAnyScript(string name) => Assert.True(PersonName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" 林晓峰")]
    [InlineData("林晓峰2")]
    [InlineData("林\u0000峰")]
    [InlineData("··")]
    [InlineData("林\uD800峰")]
    public void IsValid_RefusesWhatNoNameContains(string name) => Assert.False(PersonName.IsValid(name));

    [Fact]
    public void IsValid_RefusesOverlongNames() => Assert.False(PersonName.IsValid(new string('林', PersonName.MaxLength + 1)));
}
