namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public sealed class RegisterTalentRequestBuilder
{
    private string _name = "张伟";
    private string _documentType = "resident-identity-card";
    private string _number = IdentityNumbers.NextResident();
    private string _phone = "13812345678";
    private string _district = "440402";
    private string _origin = "local";
    private Guid? _employer;
    private Guid? _school;
    private string? _major;
    private object? _wishes;

    public string IdentityNumber => _number;

    public RegisterTalentRequestBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public RegisterTalentRequestBuilder WithDocument(string type, string number)
    {
        _documentType = type;
        _number = number;
        return this;
    }

    public RegisterTalentRequestBuilder WithPhone(string phone)
    {
        _phone = phone;
        return this;
    }

    public RegisterTalentRequestBuilder LivingIn(string district)
    {
        _district = district;
        return this;
    }

    public RegisterTalentRequestBuilder From(string origin)
    {
        _origin = origin;
        return this;
    }

    public RegisterTalentRequestBuilder EmployedBy(Guid employer)
    {
        _employer = employer;
        return this;
    }

    public RegisterTalentRequestBuilder StudyingAt(Guid school, string major)
    {
        _school = school;
        _major = major;
        return this;
    }

    public RegisterTalentRequestBuilder Wishing(object wishes)
    {
        _wishes = wishes;
        return this;
    }

    public object Build() => new
    {
        name = _name,
        documentType = _documentType,
        identityNumber = _number,
        phone = _phone,
        residenceDistrictCode = _district,
        origin = _origin,
        employerId = _employer,
        schoolId = _school,
        major = _major,
        wishes = _wishes,
        consentsToMatching = true,
    };
}
