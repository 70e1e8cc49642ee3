namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public sealed class RecordSkillCertificateRequestBuilder
{
    private string _occupation = "6-18-02-04";
    private string _level = "senior-technician";
    private string _number = CertificateNumbers.Next();
    private string _issuer = "珠海市职业技能鉴定指导中心";
    private DateOnly _issuedOn = new(2025, 6, 30);
    private string _route = "social-evaluation";

    public string CertificateNumber => _number;

    public RecordSkillCertificateRequestBuilder InOccupation(string code)
    {
        _occupation = code;
        return this;
    }

    public RecordSkillCertificateRequestBuilder AtLevel(string level)
    {
        _level = level;
        return this;
    }

    public RecordSkillCertificateRequestBuilder Numbered(string number)
    {
        _number = number;
        return this;
    }

    public RecordSkillCertificateRequestBuilder IssuedBy(string issuer)
    {
        _issuer = issuer;
        return this;
    }

    public RecordSkillCertificateRequestBuilder IssuedOn(DateOnly date)
    {
        _issuedOn = date;
        return this;
    }

    public RecordSkillCertificateRequestBuilder ByRoute(string route)
    {
        _route = route;
        return this;
    }

    public RecordSkillCertificateRequestBuilder SelfRecognised() => ByRoute("enterprise-self-recognition");

    public RecordSkillCertificateRequestBuilder By1PlusX() => ByRoute("college1-plus-x");

    public object Build() => new
    {
        occupationCode = _occupation,
        skillLevel = _level,
        certificateNumber = _number,
        issuingBody = _issuer,
        issuedOn = _issuedOn,
        route = _route,
    };
}
