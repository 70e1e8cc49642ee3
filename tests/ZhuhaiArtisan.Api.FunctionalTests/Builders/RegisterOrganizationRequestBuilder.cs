namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public sealed class RegisterOrganizationRequestBuilder
{
    private string _creditCode = CreditCodes.Next();
    private string _name = "珠海测试精密制造有限公司";
    private string _type = "enterprise";
    private string _district = "440402";
    private string[] _clusters = ["equipment-manufacturing"];

    public RegisterOrganizationRequestBuilder WithCreditCode(string code)
    {
        _creditCode = code;
        return this;
    }

    public RegisterOrganizationRequestBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public RegisterOrganizationRequestBuilder OfType(string type)
    {
        _type = type;
        return this;
    }

    public RegisterOrganizationRequestBuilder InDistrict(string district)
    {
        _district = district;
        return this;
    }

    public RegisterOrganizationRequestBuilder ServingClusters(params string[] clusters)
    {
        _clusters = clusters;
        return this;
    }

    public object Build() => new
    {
        creditCode = _creditCode,
        name = _name,
        type = _type,
        districtCode = _district,
        clusters = _clusters,
        contact = new { contactName = "黄·阿依古丽", contactPhone = "13912345678", contactEmail = "hr@test.example", address = "珠海市香洲区测试路9号" },
    };
}
