using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Access.AuditEntries;

namespace ZhuhaiArtisan.Application.Access.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        RuleFor(q => q.EntityType).MaximumLength(AuditEntry.EntityTypeMaxLength);
        RuleFor(q => q.EntityId).MaximumLength(AuditEntry.EntityIdMaxLength);
        RuleFor(q => q.Actor).MaximumLength(AuditEntry.ActorMaxLength);
        RuleFor(q => q.Action).MaximumLength(AuditEntry.ActionMaxLength);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("to cannot be before from.");
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
