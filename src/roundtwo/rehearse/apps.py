from django.apps import AppConfig


class RehearseConfig(AppConfig):
    name = "roundtwo.rehearse"
    label = "rehearse"

    def ready(self) -> None:
        from roundtwo.background.recovery import add_housekeeping
        from roundtwo.rehearse.recording import remove_orphans
        from roundtwo.rehearse.recovery import finish_abandoned

        add_housekeeping(remove_orphans)
        add_housekeeping(finish_abandoned)
