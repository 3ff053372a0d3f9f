-- Lays out the DragNDrop disk image's Finder window: the background with its arrow, PointDesk.app on the left and
-- the Applications link on the right. CPack runs it as `osascript dmg-setup.applescript <volume name>` while the
-- image is mounted read-write (CPACK_DMG_DS_STORE_SETUP_SCRIPT); it needs a logged-in session that may script
-- Finder. The positions match dmg-background.png (600 x 400 points).
on run argv
    set volumeName to item 1 of argv
    tell application "Finder"
        tell disk volumeName
            open
            set theWindow to container window
            set current view of theWindow to icon view
            set toolbar visible of theWindow to false
            set statusbar visible of theWindow to false
            -- 400 points of content under a title bar of about 28.
            set the bounds of theWindow to {200, 120, 800, 548}
            set viewOptions to the icon view options of theWindow
            set arrangement of viewOptions to not arranged
            set icon size of viewOptions to 112
            set text size of viewOptions to 13
            set background picture of viewOptions to file ".background:dmg-background.png"
            set position of item "PointDesk.app" of theWindow to {160, 190}
            set position of item "Applications" of theWindow to {440, 190}
            close
            open
            update without registering applications
            delay 2
            close
        end tell
    end tell
end run
