using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.EnrolTalent;

public sealed class EnrolTalentCommandValidator : AbstractValidator<EnrolTalentCommand>
{
    public EnrolTalentCommandValidator()
    {
        this.RuleForTrainee(c => c.TalentId, c => c.Trainee);
    }
}
